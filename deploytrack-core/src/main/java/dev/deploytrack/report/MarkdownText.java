package dev.deploytrack.report;

/**
 * Text from input placed into Markdown (reports, the step summary, the registry's project pages), so that a name can
 * never break a table, start a heading or render as HTML.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /** For a table cell or running text: no line breaks, {@code |} and Markdown punctuation escaped. */
    public static String text(String value) {
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
            } else if (isLoneSurrogate(value, i)) {
                out.append('\uFFFD');
            } else if ("\\`*_[]<>|#&~!".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * For a value shown as code (outside tables): a code span whose fence is longer than any run of backticks in it,
     * padded with a space where the value starts or ends with one, as CommonMark strips exactly that padding.
     */
    public static String code(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String clean = wholeCharacters(value);
        if (clean.isEmpty()) {
            return "";
        }
        int longest = 0;
        for (int i = 0, run = 0; i < clean.length(); i++) {
            run = clean.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = clean.startsWith("`") || clean.endsWith("`")
                || (clean.startsWith(" ") && clean.endsWith(" ") && !clean.isBlank());
        return pad ? fence + " " + clean + " " + fence : fence + clean + fence;
    }

    /**
     * For the text of an HTML comment: no {@code <} or {@code >} (so nothing can close the comment, open another or
     * start a tag: {@code -->}, {@code --!>}, {@code <!--}), no {@code --} (which older parsers end comments on) and no
     * line breaks or other control characters. The text is for people reading the file; nothing renders it.
     */
    public static String comment(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '-' && out.length() > 0 && out.charAt(out.length() - 1) == '-') {
                out.append(" -");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (isLoneSurrogate(value, i)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the char at {@code i} is half of a character without its other half (JSON can carry one escaped, UTF-8
     * cannot): a page shows U+FFFD for it, rather than the {@code ?} the encoder would put there silently.
     */
    private static boolean isLoneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
    }

    /** Line breaks and tabs as spaces, no other control characters, U+FFFD for half a character. */
    private static String wholeCharacters(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append(isLoneSurrogate(value, i) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** {@code —} for a missing value, so empty cells read as "never" rather than as a rendering problem. */
    public static String orDash(String value) {
        return value == null || value.isEmpty() ? "—" : text(value);
    }
}
