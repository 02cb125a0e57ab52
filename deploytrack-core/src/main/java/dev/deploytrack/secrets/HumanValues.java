package dev.deploytrack.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Values a person wrote rather than a generator: names made of words ({@code open-swe.repos.cache.v1},
 * {@code kubernetes.io/hostname}, {@code Mcp-Param-Region}, {@code urn:ietf:params:oauth:grant-type:jwt-bearer}),
 * test passwords made of words and a few digits or symbols ({@code secure123}, {@code Test123!}, {@code P@55w0rd}),
 * base64 of plain text ({@code dGhlIHNhbXBsZSBub25jZQ==} is "the sample nonce"). A generated secret is none of these:
 * its letters fall into short runs broken by case changes and digits, or into long runs of consonants.
 *
 * <p>A "word" here is a run of letters a person can pronounce: at least three letters (a capital and lower-case
 * letters, or lower-case letters), with a vowel, and no five consonants in a row; or an acronym of two to five
 * capitals. No dictionary is needed: a random 20-character key has almost none of its letters in such runs, a name
 * has almost all of them.
 */
final class HumanValues {

    /** Share of a value's letters that must be in pronounceable runs for it to read as words. */
    private static final double WORD_SHARE = 0.75;

    private HumanValues() {
    }

    /**
     * Whether {@code value} reads as a name made of words, separators and short numbers rather than as random
     * characters: at least 75% of its letters in word runs, no more digits than that allows, and at least one word.
     */
    static boolean isNameLike(String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || "-_./:\\@ ,".indexOf(c) >= 0)) {
                return false; // names are joined by separators; %, +, =, ! and the like are in generated values
            }
        }
        int letters = 0;
        int wordLetters = 0;
        int digits = 0;
        int longestDigits = 0;
        int words = 0;
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (isUpper(c) || isLower(c)) {
                int start = i;
                i = letterRunEnd(value, start);
                boolean acronym = i - start > 1 && isUpper(value.charAt(start + 1));
                int length = i - start;
                letters += length;
                if (acronym && length <= 5 || isPronounceable(value, start, i)) {
                    wordLetters += length;
                    words++;
                }
            } else if (c >= '0' && c <= '9') {
                int start = i;
                while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                    i++;
                }
                digits += i - start;
                longestDigits = Math.max(longestDigits, i - start);
            } else {
                i++;
            }
        }
        if (words == 0 || letters < 3 || longestDigits > 8 || digits > Math.max(4, letters)) {
            return false;
        }
        return wordLetters >= letters * WORD_SHARE || mostPiecesAreWords(value);
    }

    /**
     * {@code unused-under-sigv4}: three or more pieces between separators, two thirds of them words. A generated
     * value has no separators, or pieces of random characters (a UUID's hex groups).
     */
    private static boolean mostPiecesAreWords(String value) {
        int pieces = 0;
        int wordPieces = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || "-_./:\\".indexOf(value.charAt(i)) >= 0) {
                if (i > start) {
                    pieces++;
                    String piece = value.substring(start, i);
                    if (isPronounceable(piece, 0, piece.length()) || piece.chars().allMatch(Character::isDigit)) {
                        wordPieces++;
                    }
                }
                start = i + 1;
            }
        }
        return pieces >= 3 && wordPieces * 3 >= pieces * 2;
    }

    /**
     * The letter pairs that make up 97% of those in the words of English technical prose (98.5% of the pairs counted over
     * the Markdown of the benchmark's public repositories of agent configuration). A generated string's letter pairs
     * are spread over all 676; a word's are almost all among these 313.
     */
    private static final String COMMON_BIGRAMS = "abacadafagaiakalamanaparasatauavawaybabebibjblbobrbsbucacccechcickclcocpcrcsctcucydadddedgdidkdldodrdsdu"
            + "dyeaebecedeeefegeheielemeneoepeqereseteuevewexeyfafefffiflfofrftfufygageggghgiglgngogrgsguhahehihnhohrht"
            + "huiaibicidieifigiliminioipirisitivixizjajejojskakekfkiksktlalblcldlelflilllolsltlulvlymambmcmemimlmmmomp"
            + "msmunancndnenfngninknlnmnnnonpnsntnunvnyoaobocodoeofogoiojokolomonoooporosotouovowoypapdpephpiplpmpopppr"
            + "psptpupyqurarcrdrerfrgrirkrlrmrnrorprrrsrtrurvrysascsdseshsiskslsmsospsrssstsuswsytatctdtetfthtitltmtotp"
            + "trtstttutwtxtyuaubucudueufuguiulumunupurusutuzvavevivowawewhwiwnwowrwsxaxcxexixpxtyayeylymynyoypysytzaze"
            + "zi";
    private static final boolean[] COMMON = new boolean[26 * 26];

    static {
        for (int i = 0; i + 1 < COMMON_BIGRAMS.length(); i += 2) {
            COMMON[(COMMON_BIGRAMS.charAt(i) - 'a') * 26 + COMMON_BIGRAMS.charAt(i + 1) - 'a'] = true;
        }
    }

    /**
     * The end of the run of letters starting at {@code start}: a word ({@code value}, {@code Value}) or an acronym
     * ({@code ABC} in {@code ABCDef}, ending before the capital that starts the next word).
     */
    private static int letterRunEnd(String value, int start) {
        int n = value.length();
        int i = start + 1;
        if (isUpper(value.charAt(start)) && i < n && isUpper(value.charAt(i))) {
            while (i < n && isUpper(value.charAt(i)) && !(i + 1 < n && isLower(value.charAt(i + 1)))) {
                i++;
            }
        } else {
            while (i < n && isLower(value.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /**
     * At least three letters with a vowel, whose letter pairs are common in English words: all of them in a word of
     * up to five letters, all but one in six letters and one more in each six after that.
     */
    private static boolean isPronounceable(String value, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        boolean vowel = false;
        int rare = 0;
        char previous = 0;
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(value.charAt(i));
            if (c < 'a' || c > 'z') {
                return false;
            }
            vowel |= c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
            if (i > start && !COMMON[(previous - 'a') * 26 + c - 'a']) {
                rare++;
            }
            previous = c;
        }
        int length = end - start;
        return vowel && rare <= (length <= 5 ? 0 : 1 + (length - 6) / 6);
    }

    /**
     * A password as people make up test passwords: words (also in leetspeak, {@code P@55w0rd}) with a few digits
     * and symbols around them ({@code secure123}, {@code Test123!}, {@code StrongP@ss}, {@code testpass123}). Every
     * run of letters must be a word; a generated password has runs that are not.
     */
    static boolean isMadeUpPassword(String value) {
        String plain = unLeet(value);
        int digits = 0;
        int symbols = 0;
        int words = 0;
        int i = 0;
        int n = plain.length();
        while (i < n) {
            char c = plain.charAt(i);
            if (isAsciiLetter(c)) {
                int start = i;
                i = letterRunEnd(plain, start);
                if (!isPronounceable(plain, start, i)) {
                    return false;
                }
                words++;
            } else {
                if (c >= '0' && c <= '9') {
                    digits++;
                } else {
                    symbols++;
                }
                i++;
            }
        }
        return words > 0 && digits <= 6 && symbols <= 4;
    }

    /**
     * Leetspeak inside a word read as letters: in {@code P@55w0rd} and {@code S3cr3t!} one to three digits or
     * symbols stand between letters. Digits after a word ({@code Test123}) stay digits, and so do longer runs.
     */
    static String unLeet(String value) {
        char[] chars = value.toCharArray();
        int i = 0;
        while (i < chars.length) {
            if (isAsciiLetter(chars[i]) || !isLetterOrLeet(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            while (i < chars.length && isLetterOrLeet(chars[i]) && !isAsciiLetter(chars[i])) {
                digits += Character.isDigit(chars[i]) ? 1 : 0;
                i++;
            }
            boolean between = start > 0 && isAsciiLetter(chars[start - 1]) && i < chars.length
                    && isAsciiLetter(chars[i]);
            if (between && i - start <= 3 && digits <= 2) {
                for (int j = start; j < i; j++) {
                    chars[j] = letterOf(chars[j]);
                }
            }
        }
        return new String(chars);
    }

    private static boolean isLetterOrLeet(char c) {
        return isAsciiLetter(c) || "013457@$".indexOf(c) >= 0;
    }

    private static char letterOf(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> c;
        };
    }

    /**
     * Whether the key's own name, or a word of it other than the secret word itself, is in the value:
     * {@code progressToken: "tool-progress-123"}, {@code messageFilterKey = "messageFilterValue"}. A value that
     * names what it is stands in for a secret; a generated one never spells its key's name.
     */
    static boolean containsNameWord(List<String> nameWords, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String word : nameWords) {
            if (word.length() >= 3 && !Character.isDigit(word.charAt(0)) && lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Base64 whose content is plain text ({@code c2VjcmV0Cg==} is "secret\n"): a generated secret decodes to random
     * bytes. Only values of at least 12 characters that decode to printable ASCII words are meant.
     */
    static boolean isBase64OfText(String value) {
        int separator = Math.max(value.lastIndexOf('_'), value.lastIndexOf('-'));
        if (separator > 0 && separator < value.length() - 8 && isBase64OfText(value.substring(separator + 1))) {
            return true; // whsec_c2VjcmV0Cg==: a prefix, then base64 of "secret"
        }
        if (value.length() < 12 || value.length() % 4 != 0) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            try {
                decoded = Base64.getUrlDecoder().decode(value);
            } catch (IllegalArgumentException again) {
                return false;
            }
        }
        int letters = 0;
        for (byte b : decoded) {
            if (b == '\n' || b == ' ' || b == '-' || b == '_' || b == '.' || b == ',') {
                continue;
            }
            if (b < 0x20 || b > 0x7e) {
                return false;
            }
            if (Character.isLetter(b)) {
                letters++;
            }
        }
        String text = new String(decoded, StandardCharsets.US_ASCII).strip();
        return letters * 10 >= decoded.length * 7 && isNameLike(text);
    }

    /**
     * Whether a value assigned to a secret-named key was written by a person rather than generated: a name made of
     * words, a made-up password (for passwords), a value spelling a word of its key's name, base64 of plain text, a
     * regular expression or a format string.
     *
     * @param nameWords the words of the key's name ({@link KeyNames#words})
     */
    static boolean notGenerated(String value, List<String> nameWords, boolean password) {
        if (isNameLike(value) || (password && isMadeUpPassword(value)) || isBase64OfText(value)
                || isPattern(value)) {
            return true;
        }
        List<String> own = nameWords.size() > 1 ? nameWords.subList(0, nameWords.size() - 1) : List.of();
        return containsNameWord(own.stream().filter(w -> !GENERIC_NAME_WORDS.contains(w)).toList(), value)
                || hasNamePiece(nameWords, value);
    }

    /** {@code OPENROUTER_API_KEY='sk-or-v1-project1-key'}: a piece of the value is a word of the key's name. */
    private static boolean hasNamePiece(List<String> nameWords, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String word : nameWords) {
            int at = word.length() >= 3 ? lower.indexOf(word) : -1;
            while (at >= 0) {
                int end = at + word.length();
                if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                        && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                    return true;
                }
                at = lower.indexOf(word, at + 1);
            }
        }
        return false;
    }

    /** Words of key names too general to say anything when a value contains them. */
    private static final java.util.Set<String> GENERIC_NAME_WORDS = java.util.Set.of("api", "key", "keys", "the",
            "app", "auth", "access", "client", "private", "secret", "token", "user", "service", "account");

    /**
     * A regular expression ({@code /\.ssh\/(id_rsa|id_ed25519)/}, {@code ^[A-Za-z0-9]{32}$}) or a format string
     * ({@code %Y-%m-%dT%H:%M:%SZ}, {@code {0}}): a description of values, not one.
     */
    static boolean isPattern(String value) {
        int escapes = 0;
        int formats = 0;
        for (int i = 0; i + 1 < value.length(); i++) {
            char c = value.charAt(i);
            char next = value.charAt(i + 1);
            if (c == '\\' && "dwsbDWS.()[]/|+*?".indexOf(next) >= 0) {
                escapes++;
            } else if (c == '%' && Character.isLetter(next)) {
                formats++;
            } else if ((c == '(' && next == '?') || (c == '[' && (next == '^' || value.startsWith("-", i + 2)))
                    || (c == ']' && (next == '{' || next == '+' || next == '*'))) {
                escapes++;
            }
        }
        return escapes >= 1 || formats >= 2 || (value.startsWith("^") && value.endsWith("$"));
    }

    /**
     * A JSON string's content as a program reads it: {@code \/} is {@code /}, {@code \\} is {@code \},
     * {@code \u00e9} is {@code é}. A value is judged by what it is, not by how a file escapes it: an AWS secret
     * access key written with escaped slashes ({@code abc\/def}, as PHP's json_encode writes it) has no regular
     * expression's escapes. A backslash that starts no JSON escape is kept as it is.
     */
    static String jsonUnescaped(String value) {
        int backslash = value.indexOf('\\');
        if (backslash < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        out.append(value, 0, backslash);
        int i = backslash;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = value.charAt(i + 1);
            char decoded = switch (next) {
                case '"', '\\', '/' -> next;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> 0;
            };
            if (decoded != 0) {
                out.append(decoded);
                i += 2;
            } else if (next == 'u' && i + 6 <= value.length() && isHex(value, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isHex(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiLetter(char c) {
        return isUpper(c) || isLower(c);
    }
}
