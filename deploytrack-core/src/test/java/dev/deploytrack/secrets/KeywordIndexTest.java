package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** Every occurrence by brute force, ordered as the automaton reports them: by end offset, longest first. */
    private static List<String> naive(List<String> keywords, String text) {
        List<String> hits = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int end = 1; end <= text.length(); end++) {
            List<String> endingHere = new ArrayList<>();
            for (String keyword : keywords) {
                String k = keyword.toLowerCase(Locale.ROOT);
                int start = end - k.length();
                if (start >= 0 && lower.startsWith(k, start)) {
                    endingHere.add(k + "@" + start);
                }
            }
            endingHere.sort((a, b) -> Integer.compare(b.length(), a.length()));
            hits.addAll(endingHere);
        }
        return hits;
    }

    private static List<String> sorted(List<String> hits) {
        List<String> copy = new ArrayList<>(hits);
        copy.sort(null);
        return copy;
    }

    private static List<String> byteHits(KeywordIndex index, String asciiText) {
        KeywordIndex.Hits hits = index.collect(asciiText.getBytes(StandardCharsets.US_ASCII), asciiText.length());
        List<String> found = new ArrayList<>();
        for (int h = 0; h < hits.size; h++) {
            found.add(index.keywords().get(hits.ids[h]) + "@" + hits.starts[h]);
        }
        return found;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /**
     * The table is filled lazily, transition by transition: on random keyword sets over a small alphabet (so that
     * keywords share prefixes and suffixes and the failure links matter), both scan paths find exactly what brute
     * force finds, on the first text through a fresh index and on later ones.
     */
    @Test
    void findsWhatBruteForceFindsOnRandomKeywordsAndTexts() {
        Random random = new Random(20261122);
        for (int round = 0; round < 200; round++) {
            List<String> keywords = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                String keyword = randomText(random, "abAB-_", 1 + random.nextInt(5));
                if (!keywords.contains(keyword.toLowerCase(Locale.ROOT))) {
                    keywords.add(keyword.toLowerCase(Locale.ROOT));
                }
            }
            KeywordIndex index = KeywordIndex.of(keywords);
            for (int t = 0; t < 3; t++) {
                String text = randomText(random, "abAB-_cx", random.nextInt(200));
                List<String> expected = naive(keywords, text);
                assertEquals(sorted(expected), sorted(hits(index, text)), keywords + " in " + text);
                assertEquals(sorted(expected), sorted(byteHits(index, text)), keywords + " in " + text);
            }
        }
    }

    /** Threads filling the same fresh table at once all get every hit. */
    @Test
    void threadsSharingAFreshIndexAllFindEveryHit() throws Exception {
        List<String> keywords = List.of("sk-", "sk-ant-", "ghp_", "api_key", "apikey", "token", "secret", "akia");
        Random random = new Random(7);
        String text = randomText(random, "skantghp_apikeytoecrAKI-", 20_000);
        List<String> expected = naive(keywords, text);
        for (int round = 0; round < 20; round++) {
            KeywordIndex index = KeywordIndex.of(keywords);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    boolean bytes = t % 2 == 1;
                    results.add(pool.submit(() -> bytes ? byteHits(index, text) : hits(index, text)));
                }
                for (Future<List<String>> result : results) {
                    assertEquals(sorted(expected), sorted(result.get()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
