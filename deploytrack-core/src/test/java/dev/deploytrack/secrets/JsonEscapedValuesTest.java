package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * JSON may write a slash as {@code \/} (PHP's json_encode does by default, and so do some exporters of AWS
 * credentials): the value a program reads is the unescaped one. A secret is judged by that value: an escaped slash
 * is not a regular expression's escape, and an AWS secret access key with one is still found. Keys are made at run
 * time, never written in the source.
 */
class JsonEscapedValuesTest {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** 40 characters of an AWS secret access key, with slashes in the middle. */
    private static String awsSecretKey(long seed) {
        Random random = new Random(seed);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            key.append(BASE64.charAt(random.nextInt(62)));
        }
        key.setCharAt(11, '/');
        key.setCharAt(27, '/');
        return key.toString();
    }

    @Test
    void anAwsSecretKeyWithEscapedSlashesIsFoundInJson() {
        for (long seed = 1; seed <= 20; seed++) {
            String key = awsSecretKey(seed);
            String escaped = key.replace("/", "\\/");
            String json = "{\n  \"region\": \"eu-west-1\",\n  \"aws_secret_access_key\": \"" + escaped
                    + "\"\n}\n";
            List<SecretMatch> matches = Scans.scan("credentials.json", json);
            assertTrue(matches.stream().anyMatch(m -> m.line() == 3), escaped + " -> " + Scans.describe(matches));
        }
    }

    @Test
    void aSecretNamedKeyWithAnEscapedSlashIsStillJudgedByItsValue() {
        String key = awsSecretKey(99);
        List<SecretMatch> matches = Scans.scan("config.json", "{\"client_secret\": \""
                + key.replace("/", "\\/") + "\"}\n");
        assertEquals(1, matches.size(), Scans.describe(matches));
    }

    @Test
    void patternsStayPatterns() {
        assertTrue(HumanValues.isPattern("/\\.ssh\\/(id_rsa|id_ed25519)/"));
        assertTrue(HumanValues.isPattern(HumanValues.jsonUnescaped("^[A-Za-z0-9]{32}$")));
        assertTrue(HumanValues.isPattern(HumanValues.jsonUnescaped("\\\\d+\\\\.\\\\d+")), "\\\\d in JSON is \\d");
        assertFalse(HumanValues.isPattern(HumanValues.jsonUnescaped(awsSecretKey(7).replace("/", "\\/"))));
        assertEquals("a/b\"c\\d\u00e9", HumanValues.jsonUnescaped("a\\/b\\\"c\\\\d\\u00e9"));
        assertEquals("bad \\q and \\u12", HumanValues.jsonUnescaped("bad \\q and \\u12"), "not JSON: kept");
    }
}
