package dev.deploytrack.registry;

import dev.deploytrack.report.MarkdownText;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows printed as aligned text columns for the terminal, or as a Markdown table, from the same cells. Cells are
 * cleaned of line breaks, so a name from the registry cannot break the layout.
 */
public final class TextTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    public TextTable row(String... cells) {
        List<String> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(cell == null ? "-" : cell.replaceAll("[\\r\\n\\t]", " "));
        }
        rows.add(row);
        return this;
    }

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    public void text(StringBuilder out) {
        text(out, "");
    }

    /** The table as aligned columns, each line starting with {@code indent}. */
    public void text(StringBuilder out, String indent) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, indent, headers, widths);
        for (List<String> row : rows) {
            line(out, indent, row, widths);
        }
    }

    public void markdown(StringBuilder out) {
        out.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        out.append(" --- |".repeat(headers.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ");
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : " | ").append(MarkdownText.text(row.get(i)));
            }
            out.append(" |\n");
        }
    }

    private static void line(StringBuilder out, String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i));
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cells.get(i).length() + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
