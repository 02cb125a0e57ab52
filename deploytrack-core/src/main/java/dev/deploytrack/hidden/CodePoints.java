package dev.deploytrack.hidden;

import java.util.Locale;

/** Names and classes of the code points the hidden-text rules look for. */
final class CodePoints {

    private CodePoints() {
    }

    /** {@code U+202E RIGHT-TO-LEFT OVERRIDE}. */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
    }

    /** Bidirectional controls (Trojan Source, CVE-2021-42574): embeddings, overrides, isolates, marks. */
    static boolean isBidi(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }

    /** Tag characters, which spell invisible ASCII. */
    static boolean isTag(int cp) {
        return cp >= 0xE0000 && cp <= 0xE007F;
    }

    /** Invisible format characters other than bidi controls and tags. */
    static boolean isInvisible(int cp) {
        return !isBidi(cp) && !isTag(cp) && (cp == 0x200B || (cp >= 0x2060 && cp <= 0x2064) || cp == 0x180E
                || cp == 0x00AD || cp == 0x034F || cp == 0xFEFF || Character.getType(cp) == Character.FORMAT);
    }

    /** Pictographs that emoji sequences join with U+200D (an approximation of Extended_Pictographic). */
    static boolean isPictographic(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2300 && cp <= 0x23FF)
                || (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x2190 && cp <= 0x21FF) || cp == 0x00A9
                || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139;
    }

    /** Code points that may sit between a pictograph and a joiner: variation selectors, skin tones. */
    static boolean isEmojiModifier(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }
}
