package dev.deploytrack.registry;

/** Text from the registry placed into Markdown, so that a name can never break a table or start a heading. */
final class MarkdownText {

    private MarkdownText() {
    }

    /** For a table cell or running text: no line breaks, {@code |} and Markdown punctuation escaped. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                continue;
            } else if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** For a value shown as code: a code span long enough not to be closed by backticks inside it. */
    static String code(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String clean = value.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').replace("|", "\\|");
        String fence = clean.contains("`") ? "`` " : "`";
        String close = clean.contains("`") ? " ``" : "`";
        return fence + clean + close;
    }

    /** {@code —} for a missing value, so empty cells read as "never" rather than as a rendering problem. */
    static String orDash(String value) {
        return value == null || value.isEmpty() ? "—" : text(value);
    }
}
