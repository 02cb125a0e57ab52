package dev.deploytrack.secrets;

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

    static String describe(List<SecretMatch> matches) {
        return matches.stream().map(m -> m.line() + ":" + m.column() + " " + m.ruleId() + " " + m.message())
                .collect(Collectors.joining("; "));
    }
}
