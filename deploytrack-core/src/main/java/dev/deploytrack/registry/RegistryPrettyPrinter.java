package dev.deploytrack.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;

/**
 * Lays out one element of the registry for people and for {@code git diff}: two-space indentation and
 * {@code "key": value} as Python's {@code json.dump(indent=2)} writes it, or, for entries of the append-only lists
 * (history, approvals), everything on one line. A deployment then shows as one added line in a diff, and the file
 * is about half the size of a fully indented one, which matters at 100,000 entries.
 */
final class RegistryPrettyPrinter implements PrettyPrinter, Instantiatable<RegistryPrettyPrinter> {

    private static final int MAX_INDENT = 64;
    private static final String NEWLINE_AND_INDENT = "\n" + " ".repeat(MAX_INDENT);

    private final int baseDepth;
    private final boolean oneLine;
    private int depth;

    /**
     * @param baseDepth the nesting depth at which the element starts (its lines are indented by two spaces each)
     * @param oneLine   whether the element is written on one line
     */
    RegistryPrettyPrinter(int baseDepth, boolean oneLine) {
        this.baseDepth = baseDepth;
        this.oneLine = oneLine;
        this.depth = baseDepth;
    }

    @Override
    public RegistryPrettyPrinter createInstance() {
        return new RegistryPrettyPrinter(baseDepth, oneLine);
    }

    /** Elements are written one after another into the same generator; the caller writes the separators. */
    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        depth = baseDepth;
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        lineBreak(g, false);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        lineBreak(g, true);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (entries > 0) {
            lineBreak(g, false);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        lineBreak(g, false);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        lineBreak(g, true);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        if (values > 0) {
            lineBreak(g, false);
        }
        g.writeRaw(']');
    }

    /** A new line at the current depth; on one line, a space between values and nothing inside the brackets. */
    private void lineBreak(JsonGenerator g, boolean betweenValues) throws IOException {
        if (oneLine) {
            if (betweenValues) {
                g.writeRaw(' ');
            }
            return;
        }
        g.writeRaw(NEWLINE_AND_INDENT, 0, Math.min(depth * 2, MAX_INDENT) + 1);
    }
}
