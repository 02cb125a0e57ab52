package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BytePatternTest {

    @Test
    void findsTheSameMatchesAsComparingAtEveryPosition() {
        Random random = new Random(1);
        byte[] alphabet = "ab\"c: \n".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 3000; round++) {
            byte[] text = new byte[random.nextInt(300)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            byte[] pattern = new byte[2 + random.nextInt(round % 7 == 0 ? 200 : 6)];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = alphabet[random.nextInt(alphabet.length)];
            }
            if (text.length > pattern.length && random.nextBoolean()) {
                System.arraycopy(pattern, 0, text, random.nextInt(text.length - pattern.length), pattern.length);
            }
            BytePattern compiled = new BytePattern(pattern);
            int from = text.length == 0 ? 0 : random.nextInt(text.length);
            int to = from + random.nextInt(text.length - from + 1);
            assertEquals(naiveFirst(text, pattern, from, to), compiled.indexIn(text, from, to));
            assertEquals(naiveLast(text, pattern, from, to), compiled.lastIndexIn(text, from, to));
            assertEquals(java.util.Arrays.toString(naiveAll(text, pattern, from, to)),
                    java.util.Arrays.toString(compiled.everyIndexIn(text, from, to)));
        }
    }

    @Test
    void findsEveryMatchOneAfterAnother() {
        byte[] text = "\"project\": \"api\", \"project\": \"api-2\", \"project\": \"api\"".getBytes(
                StandardCharsets.US_ASCII);
        BytePattern pattern = BytePattern.ascii("\"project\": \"api\"");
        int first = pattern.indexIn(text, 0, text.length);
        int second = pattern.indexIn(text, first + 1, text.length);
        assertEquals(0, first);
        assertEquals(text.length - pattern.length(), second);
        assertEquals(-1, pattern.indexIn(text, second + 1, text.length));
        assertEquals(second, pattern.lastIndexIn(text, 0, text.length));
    }

    private static int naiveFirst(byte[] text, byte[] pattern, int from, int to) {
        for (int i = from; i + pattern.length <= to; i++) {
            if (matches(text, pattern, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int[] naiveAll(byte[] text, byte[] pattern, int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to - pattern.length)
                .filter(i -> matches(text, pattern, i)).toArray();
    }

    private static int naiveLast(byte[] text, byte[] pattern, int from, int to) {
        for (int i = to - pattern.length; i >= from; i--) {
            if (matches(text, pattern, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] text, byte[] pattern, int at) {
        for (int j = 0; j < pattern.length; j++) {
            if (text[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }
}
