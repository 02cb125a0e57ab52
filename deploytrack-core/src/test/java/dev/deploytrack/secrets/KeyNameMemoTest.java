package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyNameMemoTest {

    private static final SecretScanner.Engine ENGINE = SecretScanner.Engine.of(SecretSettings.defaults());

    /** Names with every verdict, names one character apart, and (db_pw, db_qX) with the same string hash. */
    private static final List<String> NAMES = List.of("token", "tokens", "max_tokens", "apiKey", "api_key",
            "api_key_id", "key", "keys", "keyboard", "password", "password_hash", "PGPASSWORD", "secretName",
            "client_secret", "public_key", "self.client.get_token", "db_pw", "db_qX", "Aa_token", "BB_token");

    @Test
    void givesWhatKeyNamesGivesForNamesReadInPlace() {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int round = 0; round < 3; round++) { // the first round fills the memory, the next ones read it
            for (int i = 0; i < NAMES.size(); i++) {
                String name = NAMES.get(round == 1 ? NAMES.size() - 1 - i : i);
                text.append("  ");
                spans.add(new int[] {text.length(), text.length() + name.length()});
                text.append(name).append(" = x\n");
            }
        }
        TextScan scan = new TextScan(text.toString(), "app.py", 0, ENGINE);
        for (int[] span : spans) {
            String name = text.substring(span[0], span[1]);
            assertEquals(KeyNames.classify(name), scan.classifyName(span[0], span[1]), name);
        }
    }

    @Test
    void namesWithTheSameHashKeepTheirOwnVerdicts() {
        assertEquals("db_pw".hashCode(), "db_qX".hashCode());
        String text = "db_pw db_qX db_pw db_qX";
        TextScan scan = new TextScan(text, "app.env", 0, ENGINE);
        for (int start = 0; start < text.length(); start += 6) {
            if (text.startsWith("db_pw", start)) {
                assertNotNull(scan.classifyName(start, start + 5));
            } else {
                assertNull(scan.classifyName(start, start + 5));
            }
        }
    }
}
