package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages that quote input show a secret only as the findings do: a few characters and the length. */
class SecretRedactionTest {

    private final FakeSecrets fake = new FakeSecrets(10);

    /** No 12-character piece of the secret is left: the bar the whole-tool secret test holds every output to. */
    static void assertNoPiece(String secret, String text) {
        for (int i = 0; i + 12 <= secret.length(); i++) {
            assertFalse(text.contains(secret.substring(i, i + 12)), "a piece of the secret is in: " + text);
        }
    }

    @Test
    void everyBareFormatIsRedactedWhereverAMessageQuotesIt() {
        for (FakeSecrets.Format format : FakeSecrets.FORMATS) {
            if (!format.bare()) {
                continue;
            }
            String secret = format.make().apply(fake);
            for (String message : List.of(
                    "unknown key '" + secret + "'; known keys: strict, rules",
                    "put the whole value in quotes, e.g. description: \"Uses token " + secret + ": then deploys.\"",
                    "invalid JSON: Unrecognized token '" + secret + "': was expecting a value")) {
                String redacted = SecretRedaction.redact(message);
                assertNoPiece(secretPart(secret), redacted);
                assertTrue(redacted.contains("…"), format.rule() + ": " + redacted);
            }
        }
    }

    /** A connection string is public but for its key. */
    private static String secretPart(String value) {
        int key = value.indexOf("AccountKey=");
        return key < 0 ? value : value.substring(key + "AccountKey=".length(), value.indexOf(';', key));
    }

    @Test
    void aSecretNamedByItsKeyIsRedactedToo() {
        String password = fake.alnum(8) + "-" + fake.alnum(10);
        String redacted = SecretRedaction.redact("the hint: write DB_PASSWORD=" + password + " as DB_PASSWORD=\""
                + password + "\"");
        assertNoPiece(password, redacted);
    }

    @Test
    void ordinaryMessagesAreLeftAlone() {
        String message = "skill name 'data-export' does not match its directory 'data_export'";
        assertEquals(message, SecretRedaction.redact(message));
        assertNull(SecretRedaction.redact(null));
    }
}
