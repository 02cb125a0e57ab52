package dev.deploytrack.registry;

import dev.deploytrack.report.PrintedText;
import dev.deploytrack.secrets.SecretRedaction;
import java.util.Locale;

/**
 * The text a request stores in the registry (project names, idempotency keys, commits, reasons), checked before
 * anything is written: one line of visible text, so a name cannot forge a line of a CI log or a page, and no secret,
 * since everything in the registry is printed, exported and committed. Agent ids and versions are checked when they
 * are parsed ({@link AgentVersion}); actors by {@link ActorIdentity}.
 */
final class RequestText {

    static final int MAX_NAME = 200;
    static final int MAX_REASON = 2000;

    private RequestText() {
    }

    /** A name or key: one line of visible text, at most {@value #MAX_NAME} characters; {@code null} passes. */
    static String name(String what, String value) throws InvalidRequestException {
        check(what, value, MAX_NAME);
        return value;
    }

    /** Free text kept in the history (a reason): one line, no secret; {@code null} passes. */
    static String note(String what, String value) throws InvalidRequestException {
        check(what, value, MAX_REASON);
        return value;
    }

    private static void check(String what, String value, int max) throws InvalidRequestException {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw new InvalidRequestException(what + " is " + value.length() + " characters long; at most " + max
                    + " are kept");
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (isInvisibleControl(c)) {
                throw new InvalidRequestException(String.format(Locale.ROOT, "%s '%s' contains a control or "
                        + "invisible character (U+%04X); it is kept as one line of visible text", what,
                        PrintedText.escapeControls(value), c));
            }
            i += Character.charCount(c);
        }
        if (!SecretRedaction.redact(value).equals(value)) {
            throw new InvalidRequestException(what + " holds what looks like a secret ('"
                    + SecretRedaction.redact(value) + "'); the registry is printed, exported and committed, so it is "
                    + "not kept there: remove it");
        }
    }

    private static boolean isInvisibleControl(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
