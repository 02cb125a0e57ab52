package dev.deploytrack.tokens;

import dev.deploytrack.source.SourceText;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file as an agent receives it, which is what is counted. deploytrack counts files as they are: CRLF
 * line ends stay CRLF, and a UTF-8 byte-order mark stays in as U+FEFF, because agents and their clients read files
 * with plain UTF-8 decoders (Node's {@code Buffer#toString}, Python's {@code open(encoding="utf-8")}) that keep it,
 * and the mark then costs a token in every call. {@link SourceText} removes the mark for the other checks, so it is
 * put back here. A UTF-16 file's byte-order mark belongs to its encoding and is not text.
 */
public final class CountableText {

    /** U+FEFF, the byte-order mark as a character. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CountableText() {
    }

    public static String of(SourceText source) {
        return hasUtf8ByteOrderMark(source) ? BYTE_ORDER_MARK + source.text() : source.text();
    }

    /** Characters before {@link SourceText#text()} offset 0 in the counted text: 1 with a UTF-8 mark, else 0. */
    public static int prefixLength(SourceText source) {
        return hasUtf8ByteOrderMark(source) ? 1 : 0;
    }

    public static boolean hasUtf8ByteOrderMark(SourceText source) {
        return source.hasByteOrderMark() && StandardCharsets.UTF_8.equals(source.charset());
    }
}
