package dev.deploytrack.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Mutates valid inputs the way the hostile-input campaign did: bit flips, random bytes, cut and repeated ranges,
 * splices of two seeds, and insertions of what breaks parsers (invalid and supplementary UTF-8, NUL, control and
 * invisible characters, YAML anchors and aliases, deep nesting, huge numbers, quotes, ': ' in values, CRLF, a
 * byte-order mark). Seeded: a failing case is reproduced from its seed and index.
 */
public final class Mutator {

    private static final List<byte[]> TOKENS = List.of(
            bytes(new int[] {0xF4, 0x90, 0x80, 0x80}), bytes(new int[] {0xED, 0xA0, 0x80}),
            bytes(new int[] {0xC0, 0x80}), bytes(new int[] {0xFF}), bytes(new int[] {0xEF, 0xBB, 0xBF}),
            bytes(new int[] {0}), utf8("\r\n"), utf8("\r"), utf8("\u2028"), utf8("\u200B"), utf8("\u202E"),
            utf8("\uD83D\uDE00"), utf8(": "), utf8(" #"), utf8("'"), utf8("\""), utf8("\\"), utf8("\\u0000"),
            utf8("\\uDC00"), utf8("\\uD800"), utf8("&a "), utf8("*a"), utf8("<<: *a"), utf8("!!python/object:os.system"),
            utf8("!java.io.File"), utf8("---\n"), utf8("...\n"), utf8("- "), utf8("? "), utf8("|"), utf8(">-"),
            utf8("["), utf8("]"), utf8("{"), utf8("}"), utf8(","), utf8("99999999999999999999999"),
            utf8("-1"), utf8("1e999999999"), utf8(".nan"), utf8("0x7FFFFFFF"), utf8("null"), utf8("~"),
            utf8("true"), utf8("\"\"\"\""), utf8("\t"), utf8("        "), utf8("{{{{{{{{{{{{{{{{{{{{"),
            utf8("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["), utf8("../../../../etc/passwd"), utf8("${HOME}"),
            utf8("%00"), utf8("-->"), utf8("<img src=x onerror=alert(1)>"), utf8("::error::x"), utf8("\u001b[2J"));

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    private static byte[] bytes(int[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One to four mutations of {@code input}; {@code other} is spliced in now and then. */
    public byte[] mutate(byte[] input, byte[] other) {
        byte[] out = input;
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            out = once(out, other);
        }
        return out;
    }

    /** The offset after the first ': ' or '=' at or after {@code from} (wrapping around), or -1. */
    private static int valueStart(byte[] in, int from) {
        for (int n = 0; n < in.length; n++) {
            int i = (from + n) % in.length;
            if (in[i] == '=' || (in[i] == ':' && i + 1 < in.length && in[i + 1] == ' ')) {
                return in[i] == '=' ? i + 1 : i + 2;
            }
        }
        return -1;
    }

    private byte[] once(byte[] in, byte[] other) {
        int length = in.length;
        int at = length == 0 ? 0 : random.nextInt(length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 64);
        switch (random.nextInt(11)) {
            case 0 -> { // flip a bit
                byte[] copy = in.clone();
                if (length > 0) {
                    int i = random.nextInt(length);
                    copy[i] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            case 1 -> { // a random byte
                byte[] copy = in.clone();
                if (length > 0) {
                    copy[random.nextInt(length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 2, 3, 4 -> { // insert a token that breaks parsers
                byte[] token = TOKENS.get(random.nextInt(TOKENS.size()));
                out.write(in, 0, at);
                out.writeBytes(token);
                out.write(in, at, length - at);
            }
            case 5 -> { // delete a range
                int end = Math.min(length, at + random.nextInt(32) + 1);
                out.write(in, 0, at);
                out.write(in, end, length - end);
            }
            case 6 -> { // repeat a range
                int end = Math.min(length, at + random.nextInt(64) + 1);
                out.write(in, 0, end);
                for (int r = random.nextInt(8); r >= 0; r--) {
                    out.write(in, at, end - at);
                }
                out.write(in, end, length - end);
            }
            case 7 -> { // splice another seed in
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                int end = Math.min(other.length, from + random.nextInt(200) + 1);
                out.write(in, 0, at);
                out.write(other, from, end - from);
                out.write(in, at, length - at);
            }
            case 9, 10 -> { // replace a value (after ': ', '=' or '": ') up to the end of its line
                int colon = valueStart(in, at);
                if (colon < 0) {
                    return in;
                }
                int end = colon;
                while (end < length && in[end] != '\n' && in[end] != ',' && in[end] != '}') {
                    end++;
                }
                out.write(in, 0, colon);
                out.writeBytes(TOKENS.get(random.nextInt(TOKENS.size())));
                out.write(in, end, length - end);
            }
            default -> { // truncate
                out.write(in, 0, at);
            }
        }
        return out.toByteArray();
    }
}
