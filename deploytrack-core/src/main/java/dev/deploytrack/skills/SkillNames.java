package dev.deploytrack.skills;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name normalisation and character classes exactly as the reference validator (skills-ref, Python) applies them, so
 * that deploytrack and skills-ref agree on which names are valid: Python's {@code str.strip()} whitespace, NFKC,
 * {@code str.isalnum()} and {@code str.lower()}.
 */
public final class SkillNames {

    public static final int MAX_NAME_LENGTH = 64;

    private SkillNames() {
    }

    /** Trims Python whitespace at both ends, then applies NFKC. */
    public static String normalize(String name) {
        return Normalizer.normalize(strip(name), Normalizer.Form.NFKC);
    }

    public static String normalizeDirectory(String directoryName) {
        return Normalizer.normalize(directoryName, Normalizer.Form.NFKC);
    }

    /** Python's {@code str.strip()}: removes leading and trailing characters for which {@code isspace()} holds. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isPythonSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isPythonSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Python's {@code str.isspace()}: Unicode white space, including no-break spaces, and the ASCII separators. */
    static boolean isPythonSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
    }

    /**
     * Python's {@code str.isalnum()} for one character: a letter of any script (categories L*), or a number
     * (decimal digits, letter numbers such as Roman numerals, other numbers such as superscripts).
     */
    public static boolean isAlphanumeric(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    public static boolean isAsciiNameCharacter(int codePoint) {
        return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9') || codePoint == '-';
    }

    /** Whether lower-casing changes the name (Python compares {@code name != name.lower()}). */
    public static boolean hasUppercase(String name) {
        return !name.equals(name.toLowerCase(Locale.ROOT));
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
