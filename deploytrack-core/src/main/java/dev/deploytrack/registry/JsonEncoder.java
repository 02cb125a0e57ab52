package dev.deploytrack.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Writes one element of the registry file in its layout: two-space indentation and {@code "key": value} as Python's
 * {@code json.dump(indent=2)} writes them, or, for entries of the append-only lists (history, approvals), everything
 * on one line so that a deployment is one added line in {@code git diff}. Strings are escaped as Jackson escapes
 * them (control characters, quotes, backslashes, and every UTF-16 surrogate as {@code \\uXXXX}), so files written
 * before this encoder existed keep their exact bytes.
 *
 * <p>Hand-written on purpose: a registry write must not wait for Jackson databind to start (about 200 ms in a fresh
 * JVM, twice the budget of a whole write), and one encoder serves both the full write and the write that splices a
 * changed project into an unchanged file, so the two cannot drift apart.
 */
final class JsonEncoder {

    private static final int MAX_INDENT = 64;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final ByteSink out;
    private final int baseDepth;
    private final boolean oneLine;
    /** Entries written so far in each open container; {@code level} containers are open. */
    private int[] entries = new int[8];
    private int level;
    private boolean afterFieldName;

    /**
     * @param baseDepth the nesting depth at which the element starts: its lines are indented by two spaces per level
     * @param oneLine   whether the element is written on one line
     */
    JsonEncoder(ByteSink out, int baseDepth, boolean oneLine) {
        this.out = out;
        this.baseDepth = baseDepth;
        this.oneLine = oneLine;
    }

    JsonEncoder beginObject() {
        beforeValue();
        out.write('{');
        open();
        return this;
    }

    JsonEncoder endObject() {
        close();
        out.write('}');
        return this;
    }

    JsonEncoder beginArray() {
        beforeValue();
        out.write('[');
        open();
        return this;
    }

    JsonEncoder endArray() {
        close();
        out.write(']');
        return this;
    }

    /** The name of the next field of the open object. */
    JsonEncoder field(String name) {
        separate();
        quoted(name);
        out.write(':');
        out.write(' ');
        afterFieldName = true;
        return this;
    }

    JsonEncoder string(String value) {
        beforeValue();
        if (value == null) {
            out.ascii("null");
        } else {
            quoted(value);
        }
        return this;
    }

    JsonEncoder number(long value) {
        beforeValue();
        out.ascii(Long.toString(value));
        return this;
    }

    JsonEncoder bool(boolean value) {
        beforeValue();
        out.ascii(value ? "true" : "false");
        return this;
    }

    JsonEncoder nullValue() {
        beforeValue();
        out.ascii("null");
        return this;
    }

    /** A field whose value is a string, written even when it is {@code null}. */
    JsonEncoder field(String name, String value) {
        return field(name).string(value);
    }

    /** A field written only when it has a value. */
    JsonEncoder optional(String name, String value) {
        return value == null ? this : field(name).string(value);
    }

    /** Fields of a map of counts, in the map's order. */
    JsonEncoder counts(Map<String, Integer> counts) {
        beginObject();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            field(entry.getKey()).number(entry.getValue());
        }
        return endObject();
    }

    /** Fields this version does not know, as they were read: a tree from a full read, or text kept verbatim. */
    JsonEncoder extras(Map<String, Object> extras) {
        for (Map.Entry<String, Object> extra : extras.entrySet()) {
            field(extra.getKey()).extra(extra.getValue());
        }
        return this;
    }

    /** The value of a field this version does not know: a {@link JsonNode} or a {@link RawJson}. */
    JsonEncoder extra(Object value) {
        if (value instanceof RawJson raw) {
            beforeValue();
            out.utf8(raw.text());
            return this;
        }
        return node((JsonNode) value);
    }

    /** {@code "name": } where no encoder is open, e.g. for a top-level field of the registry. */
    static void fieldName(String name, ByteSink out) {
        out.write('"');
        escape(name, out);
        out.ascii("\": ");
    }

    /** A tree read by Jackson, laid out like every other value; numbers as Jackson prints them. */
    JsonEncoder node(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return nullValue();
        }
        if (node.isObject()) {
            beginObject();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                field(entry.getKey()).node(entry.getValue());
            }
            return endObject();
        }
        if (node.isArray()) {
            beginArray();
            for (JsonNode element : node) {
                node(element);
            }
            return endArray();
        }
        if (node.isTextual()) {
            return string(node.textValue());
        }
        if (node.isBoolean()) {
            return bool(node.booleanValue());
        }
        if (node.isNumber()) {
            beforeValue();
            out.ascii(node.asText());
            return this;
        }
        throw new IllegalArgumentException("a registry holds only JSON values, not " + node.getNodeType());
    }

    private void open() {
        level++;
        if (level == entries.length) {
            entries = java.util.Arrays.copyOf(entries, level * 2);
        }
        entries[level] = 0;
    }

    private void close() {
        int count = entries[level];
        level--;
        if (count > 0) {
            lineBreak(false);
        }
    }

    /** Before a value: nothing after a field name, a separator between the elements of an array. */
    private void beforeValue() {
        if (afterFieldName) {
            afterFieldName = false;
        } else if (level > 0) {
            separate();
        }
    }

    private void separate() {
        if (entries[level]++ > 0) {
            out.write(',');
            lineBreak(true);
        } else {
            lineBreak(false);
        }
    }

    /** A new line at the current depth; on one line, a space between values and nothing inside the brackets. */
    private void lineBreak(boolean betweenValues) {
        if (oneLine) {
            if (betweenValues) {
                out.write(' ');
            }
            return;
        }
        out.write('\n');
        int spaces = Math.min((baseDepth + level) * 2, MAX_INDENT);
        for (int i = 0; i < spaces; i++) {
            out.write(' ');
        }
    }

    private void quoted(String value) {
        out.write('"');
        escape(value, out);
        out.write('"');
    }

    /** Escapes {@code value} as Jackson's UTF-8 generator does by default. */
    static void escape(String value, ByteSink out) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out.write(c);
                } else {
                    shortOrUnicodeEscape(c, out);
                }
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                unicodeEscape(c, out); // Jackson escapes surrogates, pairs included, rather than combining them
            } else {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
    }

    private static void shortOrUnicodeEscape(char c, ByteSink out) {
        char escaped = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (escaped == 0) {
            unicodeEscape(c, out);
        } else {
            out.write('\\');
            out.write(escaped);
        }
    }

    private static void unicodeEscape(char c, ByteSink out) {
        out.write('\\');
        out.write('u');
        out.write(HEX[(c >> 12) & 0xF]);
        out.write(HEX[(c >> 8) & 0xF]);
        out.write(HEX[(c >> 4) & 0xF]);
        out.write(HEX[c & 0xF]);
    }
}
