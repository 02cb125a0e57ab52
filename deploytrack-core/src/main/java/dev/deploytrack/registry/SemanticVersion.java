package dev.deploytrack.registry;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A version compared by Semantic Versioning 2.0.0 precedence: numeric core parts compared as numbers
 * ({@code 1.10.0 > 1.9.0}), a pre-release lower than its release ({@code 2.0.0-rc.1 < 2.0.0}), build metadata
 * ignored. Lenient where teams are: a leading {@code v}, and fewer or more than three core parts ({@code 1.2} is
 * {@code 1.2.0}).
 */
public final class SemanticVersion implements Comparable<SemanticVersion> {

    private final String text;
    private final List<BigInteger> core;
    private final List<String> preRelease;

    private SemanticVersion(String text, List<BigInteger> core, List<String> preRelease) {
        this.text = text;
        this.core = core;
        this.preRelease = preRelease;
    }

    /** The version, or empty when {@code text} is not a (lenient) semantic version. */
    public static Optional<SemanticVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String rest = text.trim();
        if (rest.startsWith("v") || rest.startsWith("V")) {
            rest = rest.substring(1);
        }
        int plus = rest.indexOf('+');
        if (plus >= 0) {
            rest = rest.substring(0, plus);
        }
        List<String> preRelease = List.of();
        int dash = rest.indexOf('-');
        if (dash >= 0) {
            String pre = rest.substring(dash + 1);
            rest = rest.substring(0, dash);
            if (pre.isEmpty()) {
                return Optional.empty();
            }
            preRelease = List.of(pre.split("\\.", -1));
            for (String identifier : preRelease) {
                if (identifier.isEmpty() || !identifier.chars().allMatch(c -> Character.isLetterOrDigit(c)
                        || c == '-')) {
                    return Optional.empty();
                }
            }
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        List<BigInteger> core = new ArrayList<>();
        for (String part : rest.split("\\.", -1)) {
            if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            core.add(new BigInteger(part));
        }
        while (core.size() < 3) {
            core.add(BigInteger.ZERO);
        }
        return Optional.of(new SemanticVersion(text, List.copyOf(core), preRelease));
    }

    /** The first number: a change of it breaks what came before, by Semantic Versioning's promise. */
    public BigInteger major() {
        return core.get(0);
    }

    /**
     * Compares two version strings: by semantic precedence when both parse, otherwise empty (the caller says the
     * versions cannot be ordered rather than guessing).
     */
    public static Optional<Integer> compare(String left, String right) {
        Optional<SemanticVersion> a = parse(left);
        Optional<SemanticVersion> b = parse(right);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Integer.signum(a.get().compareTo(b.get())));
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int parts = Math.max(core.size(), other.core.size());
        for (int i = 0; i < parts; i++) {
            BigInteger mine = i < core.size() ? core.get(i) : BigInteger.ZERO;
            BigInteger theirs = i < other.core.size() ? other.core.get(i) : BigInteger.ZERO;
            int order = mine.compareTo(theirs);
            if (order != 0) {
                return order;
            }
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
            int order = compareIdentifier(preRelease.get(i), other.preRelease.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    /** Numeric identifiers compare as numbers and rank below alphanumeric ones. */
    private static int compareIdentifier(String a, String b) {
        boolean numericA = a.chars().allMatch(c -> c >= '0' && c <= '9');
        boolean numericB = b.chars().allMatch(c -> c >= '0' && c <= '9');
        if (numericA && numericB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SemanticVersion version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        List<BigInteger> trimmed = new ArrayList<>(core);
        while (trimmed.size() > 3 && trimmed.get(trimmed.size() - 1).signum() == 0) {
            trimmed.remove(trimmed.size() - 1);
        }
        return trimmed.hashCode() * 31 + preRelease.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
