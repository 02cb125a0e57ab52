package dev.deploytrack.registry;

import java.nio.charset.StandardCharsets;

/**
 * Reads the few elements a write needs from a registry file deploytrack wrote: strict JSON (RFC 8259), and only
 * the values and types deploytrack writes. Anything else is {@link NotCanonical}, and the caller reads the whole
 * file with Jackson instead, which either accepts it or names the line and column of the problem. So this reader
 * never has to explain an error to anyone, and never accepts what the full reader would refuse.
 *
 * <p>Hand-written for the same reason as {@link JsonEncoder}: a fresh JVM spends tens of milliseconds starting
 * Jackson's parser, more than this whole reader costs on the elements of one project.
 */
final class JsonCursor {

    /** Deeper values are not something deploytrack wrote. */
    private static final int MAX_DEPTH = 200;

    private final byte[] bytes;
    private final int end;
    private int position;
    /** Per open container: whether its first member is still to come. */
    private boolean[] first = new boolean[16];
    private int level;

    JsonCursor(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.position = from;
        this.end = to;
    }

    /** The content is not what deploytrack writes: read the file in full instead. */
    static final class NotCanonical extends Exception {

        private static final long serialVersionUID = 1L;

        NotCanonical(String message) {
            super(message, null, false, false);
        }
    }

    int position() {
        return position;
    }

    /** Consumes exactly {@code ascii}, no whitespace skipped. */
    void expect(String ascii) throws NotCanonical {
        if (!lookingAt(ascii)) {
            throw new NotCanonical("expected " + ascii.replace("\n", "\\n") + " at " + position);
        }
        position += ascii.length();
    }

    /** Whether the next bytes are exactly {@code ascii}. */
    boolean lookingAt(String ascii) {
        if (end - position < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[position + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    void beginObject() throws NotCanonical {
        open('{');
    }

    /** The name of the next field of the open object, with the cursor on its value; {@code null} at its end. */
    String nextField() throws NotCanonical {
        if (!nextMember('}')) {
            return null;
        }
        String name = string();
        whitespace();
        consume(':');
        whitespace();
        return name;
    }

    void beginArray() throws NotCanonical {
        open('[');
    }

    /** Whether the open array has another element, with the cursor on it; at its end, consumes the bracket. */
    boolean nextElement() throws NotCanonical {
        return nextMember(']');
    }

    /** Consumes a {@code null} if one comes next. */
    boolean nullNext() {
        whitespace();
        if (lookingAt("null")) {
            position += 4;
            return true;
        }
        return false;
    }

    String stringOrNull() throws NotCanonical {
        return nullNext() ? null : string();
    }

    String string() throws NotCanonical {
        whitespace();
        consume('"');
        int start = position;
        while (position < end) { // the usual string: ASCII without escapes
            byte b = bytes[position];
            if (b == '"') {
                position++;
                return new String(bytes, start, position - 1 - start, StandardCharsets.ISO_8859_1);
            }
            if (b == '\\' || b < 0x20) { // also every byte of a multi-byte character (negative)
                break;
            }
            position++;
        }
        StringBuilder text = new StringBuilder(position - start + 16);
        for (int i = start; i < position; i++) {
            text.append((char) bytes[i]);
        }
        while (true) {
            int b = next();
            if (b == '"') {
                return text.toString();
            } else if (b == '\\') {
                escape(text);
            } else if (b < 0x20) {
                throw new NotCanonical("control character in a string at " + (position - 1));
            } else if (b < 0x80) {
                text.append((char) b);
            } else {
                text.append(multiByte(b));
            }
        }
    }

    boolean bool() throws NotCanonical {
        whitespace();
        if (lookingAt("true")) {
            position += 4;
            return true;
        }
        expect("false");
        return false;
    }

    Boolean boolOrNull() throws NotCanonical {
        return nullNext() ? null : bool();
    }

    /** A whole number as deploytrack writes counts: no sign but minus, no leading zeros, fraction or exponent. */
    int integer() throws NotCanonical {
        whitespace();
        int start = position;
        if (position < end && bytes[position] == '-') {
            position++;
        }
        int digits = position;
        while (position < end && bytes[position] >= '0' && bytes[position] <= '9') {
            position++;
        }
        int count = position - digits;
        if (count == 0 || count > 10 || (count > 1 && bytes[digits] == '0')) {
            throw new NotCanonical("not a count at " + start);
        }
        if (position < end && (bytes[position] == '.' || bytes[position] == 'e' || bytes[position] == 'E')) {
            throw new NotCanonical("not a whole number at " + start);
        }
        long value = Long.parseLong(new String(bytes, start, position - start, StandardCharsets.ISO_8859_1));
        if (value != (int) value) {
            throw new NotCanonical("count out of range at " + start);
        }
        return (int) value;
    }

    /** Any JSON value, checked and kept as its exact text: a field this version does not know. */
    RawJson rawValue() throws NotCanonical {
        whitespace();
        int start = position;
        skipValue(0);
        return new RawJson(new String(bytes, start, position - start, StandardCharsets.UTF_8));
    }

    private void skipValue(int depth) throws NotCanonical {
        if (depth > MAX_DEPTH) {
            throw new NotCanonical("nested too deeply at " + position);
        }
        whitespace();
        if (position >= end) {
            throw new NotCanonical("a value is missing at the end");
        }
        switch (bytes[position]) {
            case '{' -> {
                beginObject();
                while (nextField() != null) {
                    skipValue(depth + 1);
                }
            }
            case '[' -> {
                beginArray();
                while (nextElement()) {
                    skipValue(depth + 1);
                }
            }
            case '"' -> string();
            case 't', 'f' -> bool();
            case 'n' -> expect("null");
            default -> number();
        }
    }

    /** A JSON number, any form the grammar allows. */
    private void number() throws NotCanonical {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (digits() == 0) {
            throw new NotCanonical("not a value at " + start);
        }
        if (peek() == '.') {
            position++;
            if (digits() == 0) {
                throw new NotCanonical("a fraction without digits at " + start);
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (digits() == 0) {
                throw new NotCanonical("an exponent without digits at " + start);
            }
        }
    }

    private int digits() {
        int start = position;
        while (peek() >= '0' && peek() <= '9') {
            position++;
        }
        return position - start;
    }

    private int peek() {
        return position < end ? bytes[position] : -1;
    }

    private void open(char bracket) throws NotCanonical {
        whitespace();
        consume(bracket);
        level++;
        if (level == first.length) {
            first = java.util.Arrays.copyOf(first, level * 2);
        }
        first[level] = true;
    }

    /** Past the separator before the next member of the open container, or past its closing bracket. */
    private boolean nextMember(char closing) throws NotCanonical {
        whitespace();
        if (position < end && bytes[position] == closing) {
            position++;
            level--;
            return false;
        }
        if (first[level]) {
            first[level] = false;
        } else {
            consume(',');
            whitespace();
        }
        return true;
    }

    private void consume(char c) throws NotCanonical {
        if (position >= end || bytes[position] != c) {
            throw new NotCanonical("expected '" + c + "' at " + position);
        }
        position++;
    }

    private void whitespace() {
        while (position < end) {
            byte b = bytes[position];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            position++;
        }
    }

    private int next() throws NotCanonical {
        if (position >= end) {
            throw new NotCanonical("a string does not end");
        }
        return bytes[position++] & 0xFF;
    }

    private void escape(StringBuilder text) throws NotCanonical {
        int c = next();
        switch (c) {
            case '"', '\\', '/' -> text.append((char) c);
            case 'b' -> text.append('\b');
            case 'f' -> text.append('\f');
            case 'n' -> text.append('\n');
            case 'r' -> text.append('\r');
            case 't' -> text.append('\t');
            case 'u' -> {
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(next(), 16);
                    if (digit < 0) {
                        throw new NotCanonical("a bad \\u escape at " + position);
                    }
                    value = value * 16 + digit;
                }
                text.append((char) value);
            }
            default -> throw new NotCanonical("a bad escape at " + position);
        }
    }

    /**
     * A character of two or three UTF-8 bytes. Four-byte sequences never occur in what deploytrack writes (it
     * escapes characters beyond the Basic Multilingual Plane, as Jackson does), so they are not canonical either.
     */
    private char multiByte(int lead) throws NotCanonical {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return (char) (((lead & 0x1F) << 6) | continuation());
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            int value = ((lead & 0x0F) << 12) | (continuation() << 6) | continuation();
            if (value < 0x800 || Character.isSurrogate((char) value)) {
                throw new NotCanonical("an overlong or surrogate UTF-8 sequence at " + position);
            }
            return (char) value;
        }
        throw new NotCanonical("a UTF-8 sequence deploytrack does not write at " + (position - 1));
    }

    private int continuation() throws NotCanonical {
        int b = next();
        if ((b & 0xC0) != 0x80) {
            throw new NotCanonical("broken UTF-8 at " + (position - 1));
        }
        return b & 0x3F;
    }
}
