package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: scan a text and describe what was found. */
final class Scans {

    private static final SecretScanner SCANNER = SecretScanner.defaults();

    private Scans() {
    }

    static List<SecretMatch> scan(String path, String text) {
        return SCANNER.scanText(path, text);
    }

    /** Rule ids found, in order. */
    static List<String> rules(String path, String text) {
        return scan(path, text).stream().map(SecretMatch::ruleId).toList();
    }

    /**
     * Fills {@code template} ({@code %p} the password, {@code %t} the token, {@code \n} and {@code \r} escaped),
     * scans it as {@code path} and asserts one finding, at the value's line and column.
     */
    static void assertReportedOnceAtTheValue(String path, String template, String password, String token) {
        String text = template.replace("\\n", "\n").replace("\\r", "\r").replace("%p", password)
                .replace("%t", token);
        List<SecretMatch> matches = scan(path, text);
        assertEquals(1, matches.size(), text + " -> " + describe(matches));
        String value = text.contains(password) ? password : token;
        int offset = text.indexOf(value);
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(line, matches.get(0).line(), text);
        assertEquals(offset - Math.max(text.lastIndexOf('\n', offset - 1), -1), matches.get(0).column(), text);
    }

    static String describe(List<SecretMatch> matches) {
        return matches.stream().map(m -> m.line() + ":" + m.column() + " " + m.ruleId() + " " + m.message())
                .collect(Collectors.joining("; "));
    }
}
