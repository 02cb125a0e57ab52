package dev.deploytrack.registry;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How actor identities are read and compared, so that the approval rule (a second person approves production) is not
 * passed by a name that only looks like another: {@code human:аlice} with a Cyrillic а, {@code alice} followed by an
 * invisible zero-width space, a full-width {@code ａlice}.
 * <ul>
 *   <li>An identity given on the command line or in a parameter is refused when it holds a control, format or other
 *       invisible character, a colon (one kind prefix only: {@code human:ci:bot} is not a person), or letters of
 *       scripts mixed the way look-alikes are made (Unicode's "highly restrictive" level, UTS #39: one script, or
 *       Latin with Han and Hiragana/Katakana, Bopomofo or Hangul).</li>
 *   <li>It is stored in Unicode's compatibility form (NFKC: {@code ａlice} is {@code alice}).</li>
 *   <li>Two identities are one party when their skeletons are equal, whatever kind each claims: NFKC, case folded,
 *       accents, spaces, punctuation and invisible characters dropped, and the Cyrillic and Greek letters that look
 *       Latin (and 0, 1) mapped to the Latin letter they imitate, a practical subset of the confusables of UTS #39.
 *       A whole-script look-alike such as Cyrillic {@code соре} is therefore the same party as {@code cope}.</li>
 * </ul>
 */
final class ActorIdentity {

    static final int MAX_LENGTH = 100;

    /** Letters that imitate Latin ones, after case folding, and what they imitate. */
    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            // Cyrillic
            Map.entry(0x0430, "a"), Map.entry(0x0435, "e"), Map.entry(0x043E, "o"), Map.entry(0x0440, "p"),
            Map.entry(0x0441, "c"), Map.entry(0x0443, "y"), Map.entry(0x0445, "x"), Map.entry(0x0456, "i"),
            Map.entry(0x0458, "j"), Map.entry(0x0455, "s"), Map.entry(0x0501, "d"), Map.entry(0x051B, "q"),
            Map.entry(0x051D, "w"), Map.entry(0x04BB, "h"), Map.entry(0x04CF, "l"), Map.entry(0x04AF, "y"),
            Map.entry(0x0457, "i"), Map.entry(0x0491, "r"), Map.entry(0x043A, "k"), Map.entry(0x043C, "m"),
            Map.entry(0x0442, "t"), Map.entry(0x043D, "h"), Map.entry(0x0432, "b"), Map.entry(0x0433, "r"),
            Map.entry(0x0454, "e"),
            // Greek
            Map.entry(0x03BF, "o"), Map.entry(0x03B1, "a"), Map.entry(0x03BD, "v"), Map.entry(0x03C1, "p"),
            Map.entry(0x03C5, "u"), Map.entry(0x03B9, "i"), Map.entry(0x03BA, "k"), Map.entry(0x03C7, "x"),
            Map.entry(0x03B5, "e"), Map.entry(0x03C4, "t"), Map.entry(0x03B7, "n"), Map.entry(0x03C9, "w"),
            Map.entry(0x03B2, "b"), Map.entry(0x03B3, "y"),
            // Latin and digits that stand for each other
            Map.entry((int) '0', "o"), Map.entry((int) '1', "l"), Map.entry((int) '|', "l"),
            Map.entry(0x0131, "i"), Map.entry(0x0269, "i"), Map.entry(0x0261, "g"), Map.entry(0x01C0, "l"));

    private static final Set<Character.UnicodeScript> WITH_HAN = EnumSet.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.BOPOMOFO, Character.UnicodeScript.HANGUL);

    private ActorIdentity() {
    }

    /**
     * The identity as stored: NFKC, without surrounding white space.
     *
     * @throws IllegalArgumentException naming what is wrong, for an identity a person or pipeline could not have
     *                                  meant
     */
    static String checked(String identity) {
        String problem = invisible(identity);
        if (problem != null) {
            throw new IllegalArgumentException("the actor identity contains " + problem
                    + "; type the name plainly");
        }
        String normal = Normalizer.normalize(identity, Normalizer.Form.NFKC).strip();
        if (normal.isEmpty()) {
            throw new IllegalArgumentException("an actor needs an identity after the kind, e.g. human:alice");
        }
        if (normal.indexOf(':') >= 0) {
            throw new IllegalArgumentException("an actor identity cannot contain ':' (one kind prefix only): '"
                    + normal + "'");
        }
        if (normal.codePointCount(0, normal.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("an actor identity is at most " + MAX_LENGTH + " characters");
        }
        String mixed = mixedScripts(normal);
        if (mixed != null) {
            throw new IllegalArgumentException("the actor identity '" + normal + "' mixes " + mixed
                    + ", which is how one name imitates another; write it in one script");
        }
        return normal;
    }

    /** The form two identities are compared in: equal skeletons are one party. */
    static String skeleton(String identity) {
        String folded = Normalizer.normalize(Normalizer.normalize(identity, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            // Accents, invisible characters, spaces and punctuation do not tell two names apart to a reader:
            // alice, alice. and .alice are one party.
            if (isInvisible(c) || Character.isWhitespace(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || isPunctuation(c)) {
                return;
            }
            String latin = LOOK_ALIKES.get(c);
            if (latin != null) {
                out.append(latin);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replace("rn", "m").replace("vv", "w");
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MODIFIER_SYMBOL -> true;
            default -> false;
        };
    }

    /** A description of the first invisible or control character in {@code text}, or {@code null}. */
    private static String invisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isInvisible(c) || (Character.isWhitespace(c) && c != ' ')) {
                String name = Character.getName(c);
                return String.format(Locale.ROOT, "an invisible or control character (U+%04X%s)", c,
                        name == null ? "" : " " + name);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** Control, format (zero-width, bidirectional, byte-order mark), and the other default-ignorable fillers. */
    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFA0
                || c == 0x2800 || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** The scripts an identity mixes against UTS #39's "highly restrictive" level, in words, or {@code null}. */
    private static String mixedScripts(String text) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        text.codePoints().forEach(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                scripts.add(script);
            }
        });
        if (scripts.size() <= 1 || WITH_HAN.containsAll(scripts) && allowedWithHan(scripts)) {
            return null;
        }
        StringBuilder names = new StringBuilder();
        for (Character.UnicodeScript script : scripts) {
            if (names.length() > 0) {
                names.append(" and ");
            }
            String name = script.name().toLowerCase(Locale.ROOT);
            names.append(Character.toUpperCase(name.charAt(0))).append(name.substring(1));
        }
        return names + " letters";
    }

    /** Latin may join Han with Japanese kana, with Bopomofo, or with Hangul; those three never join each other. */
    private static boolean allowedWithHan(Set<Character.UnicodeScript> scripts) {
        boolean japanese = scripts.contains(Character.UnicodeScript.HIRAGANA)
                || scripts.contains(Character.UnicodeScript.KATAKANA);
        boolean chinese = scripts.contains(Character.UnicodeScript.BOPOMOFO);
        boolean korean = scripts.contains(Character.UnicodeScript.HANGUL);
        return (japanese ? 1 : 0) + (chinese ? 1 : 0) + (korean ? 1 : 0) <= 1;
    }
}
