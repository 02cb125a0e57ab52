package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordIndexTest {

    private static List<String> hits(KeywordIndex index, String text) {
        List<String> hits = new ArrayList<>();
        index.scan(text, 0, text.length(), (id, start) -> hits.add(index.keywords().get(id) + "@" + start));
        return hits;
    }

    @Test
    void findsOverlappingKeywordsIgnoringCase() {
        KeywordIndex index = KeywordIndex.of(List.of("key", "api_key", "sk-", "SK-ANT-", "he", "she", "hers"));
        assertEquals(List.of("api_key@0", "key@4", "sk-@9", "sk-@14", "sk-ant-@14"),
                hits(index, "API_KEY: sk-x Sk-Ant-"));
        assertEquals(List.of("she@1", "he@2", "hers@2"), hits(index, "ushers"));
    }

    @Test
    void nonAsciiCharactersResetTheMatch() {
        KeywordIndex index = KeywordIndex.of(List.of("token"));
        assertEquals(List.of("token@6"), hits(index, "tokén token"));
    }
}
