package dev.deploytrack.secrets;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A secret with a recognisable shape, found by a regular expression run on the line (or a bounded window of it)
 * around each keyword occurrence. Patterns use bounded, mostly possessive quantifiers, and the window bounds the
 * input, so no line can make a pattern backtrack for long.
 */
final class PatternDetector extends Detector {

    /** How a match is judged before it becomes a candidate. */
    enum Mode {
        /**
         * A provider format with a fixed prefix: the random part after the prefix must not be a placeholder and
         * must reach the entropy floor; the value must not be a documented example.
         */
        PROVIDER,
        /**
         * A value found by its surroundings (a header, a flag): every look-alike filter applies, then a length and
         * entropy gate.
         */
        CONTEXTUAL
    }

    private final SecretRule rule;
    private final List<String> keywords;
    private final String regex;
    /**
     * Compiled on first use: most scans (a pre-commit hook, a small repository) meet a handful of the keywords, and
     * compiling every provider's pattern up front would cost more than the scan.
     */
    private volatile Pattern pattern;
    /** Whether the secret is the named group {@code s} rather than the whole match. */
    private final boolean named;
    private final Mode mode;
    private final double minEntropy;
    private final int minLength;
    private final Predicate<String> validator;
    private final int priority;
    private final String decodedContext;
    private final boolean anchored;
    /** Words of which one must start the command holding the match ({@code curl} for {@code -u}), or null. */
    private final List<String> commands;

    private PatternDetector(Builder builder) {
        this.rule = builder.rule;
        this.keywords = builder.keywords;
        this.regex = builder.regex;
        this.named = builder.regex.contains("(?<s>");
        this.mode = builder.mode;
        this.minEntropy = builder.minEntropy;
        this.minLength = builder.minLength;
        this.validator = builder.validator;
        this.priority = builder.priority;
        this.decodedContext = builder.decodedContext;
        this.anchored = builder.anchored;
        this.commands = builder.commands;
    }

    static Builder builder(SecretRule rule, String regex, String... keywords) {
        return new Builder(rule, regex, List.of(keywords));
    }

    @Override
    List<String> keywords() {
        return keywords;
    }

    @Override
    List<SecretRule> rules() {
        return List.of(rule);
    }

    Pattern pattern() {
        Pattern compiled = pattern;
        if (compiled == null) {
            compiled = Pattern.compile(regex);
            pattern = compiled;
        }
        return compiled;
    }

    /** A matcher over {@code text} with transparent bounds (lookbehinds see before the region). */
    Matcher newMatcher(CharSequence text) {
        Matcher matcher = pattern().matcher(text);
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
        return matcher;
    }

    @Override
    void detect(TextScan scan, int start, int keywordLength) {
        Matcher matcher = scan.matcher(this);
        if (anchored) {
            // The match starts at the keyword: one anchored attempt per occurrence, usually failing at once. No
            // pattern spans more than a few thousand characters, so the region needs no line scan.
            matcher.region(start, Math.min(scan.length(), start + TextScan.MAX_FORWARD * 2));
            if (matcher.lookingAt()) {
                found(scan, matcher);
            }
            return;
        }
        if (scan.covered(index, start)) {
            return;
        }
        int from = scan.lineStart(start, TextScan.MAX_BACK);
        int to = scan.lineEnd(start + keywordLength, TextScan.MAX_FORWARD);
        scan.cover(index, to);
        matcher.region(from, to);
        while (matcher.find()) {
            found(scan, matcher);
        }
    }

    private void found(TextScan scan, Matcher matcher) {
        int secretStart = named ? matcher.start("s") : matcher.start();
        int secretEnd = named ? matcher.end("s") : matcher.end();
        if (secretStart < 0) {
            return;
        }
        if (commands != null && !inCommand(scan, matcher.start())) {
            return;
        }
        String secret = scan.substring(secretStart, secretEnd);
        if (decodedContext != null) {
            scan.decoded(secretStart, secretEnd); // the decoded value is judged here, not the base64 text
        }
        int prefix = knownPrefix(secret);
        if (accepts(scan, secret, prefix)) {
            scan.add(new Candidate(rule, secretStart, secretEnd, secret, prefix, priority, decodedContext));
        }
    }

    /** Whether one of {@link #commands} occurs, as a word, in the command holding {@code offset} before it. */
    private boolean inCommand(TextScan scan, int offset) {
        int from = scan.commandStart(offset);
        String before = scan.substring(from, offset).toLowerCase(Locale.ROOT);
        for (String command : commands) {
            int at = before.indexOf(command);
            while (at >= 0) {
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(before.charAt(at - 1));
                int after = at + command.length();
                boolean wordEnd = after >= before.length() || !Character.isLetterOrDigit(before.charAt(after));
                if (wordStart && wordEnd) {
                    return true;
                }
                at = before.indexOf(command, at + 1);
            }
        }
        return false;
    }

    private int knownPrefix(String secret) {
        if (mode != Mode.PROVIDER) {
            return 0;
        }
        String lower = secret.toLowerCase(Locale.ROOT);
        int longest = 0;
        for (String keyword : keywords) {
            if (lower.startsWith(keyword) && keyword.length() > longest) {
                longest = keyword.length();
            }
        }
        return longest;
    }

    private boolean accepts(TextScan scan, String secret, int prefix) {
        if (scan.allowed(secret)) {
            return false;
        }
        if (mode == Mode.PROVIDER) {
            String body = secret.substring(prefix);
            if (LookAlikes.isPlaceholderBody(body) || LookAlikes.isDocumentedExample(secret)
                    || Entropy.shannon(body) < minEntropy) {
                return false;
            }
        } else {
            String unpadded = secret.endsWith("=") ? secret.substring(0, secret.indexOf('=')) : secret;
            if (secret.length() < minLength || LookAlikes.contextual(secret) != null || LookAlikes.isWords(secret)
                    || HumanValues.isNameLike(unpadded) || HumanValues.isBase64OfText(secret)
                    || HumanValues.isPattern(secret) || Entropy.shannon(secret) < minEntropy) {
                return false;
            }
        }
        return validator == null || validator.test(secret);
    }

    /** Options of a pattern detector; the defaults suit a provider token. */
    static final class Builder {

        private final SecretRule rule;
        private final String regex;
        private final List<String> keywords;
        private Mode mode = Mode.PROVIDER;
        private double minEntropy = 3.0;
        private int minLength = 1;
        private Predicate<String> validator;
        private int priority = Candidate.PROVIDER;
        private String decodedContext;
        private boolean anchored = true;
        private List<String> commands;

        private Builder(SecretRule rule, String regex, List<String> keywords) {
            this.rule = rule;
            this.regex = regex;
            this.keywords = keywords;
        }

        Builder entropy(double value) {
            this.minEntropy = value;
            return this;
        }

        Builder validator(Predicate<String> value) {
            this.validator = value;
            return this;
        }

        /** Found by context: all look-alike filters, then at least {@code length} characters and the entropy. */
        Builder contextual(int length, double entropy) {
            this.mode = Mode.CONTEXTUAL;
            this.minLength = length;
            this.minEntropy = entropy;
            this.priority = Candidate.LOCATED;
            return this;
        }

        /**
         * The match is an encoded value this detector decodes and judges ({@code validator}): other detectors'
         * findings in its raw text are dropped, and findings say where the secret was, e.g. "base64-decoded auth".
         */
        Builder decoded(String context) {
            this.decodedContext = context;
            return this;
        }

        /**
         * The match does not start at a keyword (the keyword is in its middle, or only near it on the line): the
         * pattern is searched in the line around each keyword occurrence instead of tried at the occurrence.
         */
        /**
         * The match counts only in a command line of one of {@code words}: {@code -u user:pass} is curl's, while
         * {@code date -u +%H:%M} and {@code cygpath -u "C:\\..."} are not. The command may span lines joined by a
         * trailing backslash.
         */
        Builder inCommand(String... words) {
            this.commands = List.of(words);
            return this;
        }

        Builder floating() {
            this.anchored = false;
            return this;
        }

        Builder priority(int value) {
            this.priority = value;
            return this;
        }

        PatternDetector build() {
            return new PatternDetector(this);
        }
    }
}
