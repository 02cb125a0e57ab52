package dev.deploytrack.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Texts for property tests of counting: the committed tiktoken corpus and seeded random texts of every kind the
 * counters meet (English prose, code, Markdown, CJK, emoji with modifiers and joiners, other scripts with combining
 * marks, contractions, numbers, runs of spaces, tabs and line ends, Unicode spaces, special-token text, random code
 * points), alone and mixed.
 */
final class RandomTexts {

    private static final String[] WORDS = {"the", "agent", "deploy", "review", "token", "budget", "skill", "context",
        "release", "When", "Use", "PDF", "API", "config", "tokenization", "unbelievably", "Kubernetes", "don't",
        "we'll", "THEY'RE", "it's", "I'M", "co-operate", "e.g.", "naïve", "café", "über", "résumé", "getUserName",
        "snake_case_name", "HTTPServer", "x86_64", "v1.2.3", "2026-11-22", "100%", "$40.00", "#L42", "@mention",
        "https://example.com/a/b?c=d", "deploytrack.yml", "SKILL.md", "<|endoftext|>", "<|fim_prefix|>"};
    private static final String[] CODE = {"public static void main(String[] args) {", "    return x -> x * 2;",
        "def handler(event, context):", "    value = event.get('key')", "}", "if (a != b && c <= d) {",
        "\tfor (int i = 0; i < n; i++) {", "// comment: why, not what", "/* block */", "x += 1;", "```java", "```",
        "| a | b |", "|---|---:|", "- [ ] item", "> quote", "## Heading", "---", "name: pdf", "  - item: 3"};
    private static final String[] SCRIPTS = {"日本語のテキストです。", "中文文本，包括标点符号。", "한국어 텍스트입니다.",
        "𠀀𠀁𪜀𫝀𬺰", "Ελληνικά κείμενα", "Русский текст", "עברית טקסט", "العربية نص", "हिन्दी पाठ",
        "ภาษาไทย", "Tiếng Việt có dấu", "e\u0301\u0302a\u0308", "ﬁ ﬂ Ⅻ ½ ² ³ ①", "Ǆ ǅ ǆ ſ K"};
    private static final String[] EMOJI = {"😀", "👍🏽", "👩‍💻", "👨‍👩‍👧‍👦", "🇩🇪", "1️⃣", "🫠", "🧑🏿‍🦱", "❤️", "🏳️‍🌈"};
    private static final String[] SPACES = {" ", "  ", "\t", "\n", "\r\n", "\n\n", "   \n", " \t \n", "\u00A0",
        "\u3000", "\u2028", "\u0085", "\u200B", "\u2009", "\u000B", "\u001C"};

    private RandomTexts() {
    }

    /** The texts of the tiktoken corpus (bench/tiktoken-reference.sh), decoded as UTF-8 with replacement. */
    static List<String> corpus() {
        try (Stream<Path> files = Files.list(corpusDirectory())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.endsWith(".json")).sorted()
                    .map(RandomTexts::corpusFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String corpusFile(String name) {
        try {
            return new String(Files.readAllBytes(corpusDirectory().resolve(name)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path corpusDirectory() {
        try {
            return Path.of(RandomTexts.class.getResource("corpus/expected-counts.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} seeded random texts of up to about {@code maxLength} characters. */
    static List<String> generate(long seed, int count, int maxLength) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(text(random, 1 + random.nextInt(maxLength)));
        }
        return texts;
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        int kind = random.nextInt(8);
        while (text.length() < length) {
            int part = kind < 7 ? kind : random.nextInt(7);
            switch (part) {
                case 0 -> text.append(pick(random, WORDS)).append(random.nextInt(8) == 0 ? pick(random, SPACES)
                        : random.nextInt(10) == 0 ? ". " : random.nextInt(10) == 0 ? ", " : " ");
                case 1 -> text.append(pick(random, CODE)).append(random.nextBoolean() ? "\n" : "\r\n");
                case 2 -> text.append(pick(random, SCRIPTS)).append(random.nextInt(3) == 0 ? "\n" : " ");
                case 3 -> text.append(pick(random, EMOJI)).append(random.nextBoolean() ? "" : " ");
                case 4 -> text.append(pick(random, SPACES).repeat(1 + random.nextInt(random.nextInt(6) == 0 ? 200 : 4)))
                        .append(random.nextBoolean() ? pick(random, WORDS) : "");
                case 5 -> text.append(random.nextInt(100_000)).append(random.nextBoolean() ? "." : " ")
                        .append(random.nextInt(1000));
                default -> text.appendCodePoint(randomCodePoint(random));
            }
        }
        return text.toString();
    }

    /** Any code point but a lone surrogate, mostly from the planes text uses. */
    private static int randomCodePoint(Random random) {
        while (true) {
            int bound = switch (random.nextInt(4)) {
                case 0 -> 0x80;
                case 1 -> 0x800;
                case 2 -> 0x10000;
                default -> 0x110000;
            };
            int codePoint = random.nextInt(bound);
            if (codePoint < 0xD800 || codePoint > 0xDFFF) {
                return codePoint;
            }
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
