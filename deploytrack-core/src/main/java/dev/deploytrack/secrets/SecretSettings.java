package dev.deploytrack.secrets;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.RuleCatalog;
import dev.deploytrack.report.Severity;
import dev.deploytrack.workspace.Glob;
import dev.deploytrack.yaml.YamlMappingReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code secrets:} section of deploytrack.yml: whether and where to scan, the baseline of accepted findings,
 * values to allow, and a repository's own rules. Immutable.
 *
 * @param enabled     whether {@code validate} scans for secrets ({@code scan} always does)
 * @param baseline    the baseline file, relative to the repository root
 * @param maxFileSize larger files are skipped with a note
 * @param entropy     minimum entropy (bits per character) of a value assigned to a secret-named key
 * @param excludes    paths not scanned for secrets (on top of the top-level {@code exclude})
 * @param allow       regular expressions: a secret matching one (anywhere) is not reported
 * @param customRules the repository's own rules
 */
public record SecretSettings(boolean enabled, String baseline, long maxFileSize, double entropy, List<Glob> excludes,
                             List<Pattern> allow, List<CustomRule> customRules) {

    public static final String DEFAULT_BASELINE = ".deploytrack-secrets-baseline.json";
    public static final long DEFAULT_MAX_FILE_SIZE = 10L << 20;
    public static final double DEFAULT_ENTROPY = 3.0;

    private static final Pattern KEYWORD = Pattern.compile("[\\x20-\\x7e]{2,64}");

    public SecretSettings {
        excludes = List.copyOf(excludes);
        allow = List.copyOf(allow);
        customRules = List.copyOf(customRules);
    }

    public static SecretSettings defaults() {
        return new SecretSettings(true, DEFAULT_BASELINE, DEFAULT_MAX_FILE_SIZE, DEFAULT_ENTROPY, List.of(),
                List.of(), List.of());
    }

    /** Binds the {@code secrets:} mapping; mistakes are reported on the reader with their line. */
    public static SecretSettings bind(YamlMappingReader secrets) {
        SecretSettings defaults = defaults();
        boolean enabled = secrets.bool("enabled", true);
        String baseline = secrets.string("baseline", DEFAULT_BASELINE);
        if (baseline.startsWith("/") || baseline.contains("..") || baseline.contains("\\") || baseline.isBlank()) {
            secrets.problem("baseline", "secrets.baseline must be a path inside the repository, such as "
                    + DEFAULT_BASELINE + ", not '" + baseline + "'");
            baseline = DEFAULT_BASELINE;
        }
        long maxFileSize = ConfigLoader.size(secrets, "max-file-size", defaults.maxFileSize());
        BigDecimal entropy = secrets.decimal("entropy", BigDecimal.valueOf(DEFAULT_ENTROPY));
        if (entropy.compareTo(BigDecimal.valueOf(8)) > 0) {
            secrets.problem("entropy", "secrets.entropy is in bits per character, between 0 and 8, not "
                    + entropy.toPlainString());
            entropy = BigDecimal.valueOf(DEFAULT_ENTROPY);
        }
        List<Glob> excludes = new ArrayList<>();
        for (String pattern : secrets.stringList("exclude")) {
            try {
                excludes.add(Glob.of(pattern));
            } catch (IllegalArgumentException e) {
                secrets.problem("exclude", "'" + pattern + "' in secrets.exclude is not a valid glob pattern");
            }
        }
        List<Pattern> allow = new ArrayList<>();
        for (String regex : secrets.stringList("allow")) {
            regex(secrets, "allow", regex).ifPresent(allow::add);
        }
        List<CustomRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMappingReader entry : secrets.mappingList("custom-rules")) {
            customRule(entry, ids).ifPresent(rules::add);
        }
        return new SecretSettings(enabled, baseline, maxFileSize, entropy.doubleValue(), excludes, allow, rules);
    }

    private static Optional<CustomRule> customRule(YamlMappingReader entry, Set<String> ids) {
        String id = entry.string("id", null);
        String description = entry.string("description", null);
        String regex = entry.string("regex", null);
        List<String> keywords = entry.stringList("keywords");
        BigDecimal entropy = entry.decimal("entropy", BigDecimal.ZERO);
        String severityText = entry.string("severity", "error");
        if (id == null || regex == null || keywords.isEmpty()) {
            entry.problem(id == null ? "id" : regex == null ? "regex" : "keywords", entry.path()
                    + " needs 'id', 'regex' and 'keywords' (literal strings, one of which occurs in every match)");
            return Optional.empty();
        }
        if (!id.matches("[a-z0-9]+(?:[-.][a-z0-9]+)*")) {
            entry.problem("id", "custom rule id '" + id + "' must be lower-case words joined by '-'");
            return Optional.empty();
        }
        if (RuleCatalog.find(id).isPresent() || !ids.add(id)) {
            entry.problem("id", "custom rule id '" + id + "' is already taken; choose another");
            return Optional.empty();
        }
        List<String> lowered = new ArrayList<>();
        for (String keyword : keywords) {
            if (!KEYWORD.matcher(keyword).matches()) {
                entry.problem("keywords", "keywords of " + entry.path() + " must be 2 to 64 printable ASCII "
                        + "characters, not '" + keyword + "'");
                return Optional.empty();
            }
            lowered.add(keyword.toLowerCase(Locale.ROOT));
        }
        Optional<Severity> severity = Severity.parse(severityText);
        if (severity.isEmpty()) {
            entry.problem("severity", entry.path() + ".severity must be note, warning or error, not '"
                    + severityText + "'");
            return Optional.empty();
        }
        Optional<Pattern> pattern = regex(entry, "regex", regex);
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CustomRule(id, description == null ? id : description, pattern.get(), lowered,
                entropy.doubleValue(), severity.get()));
    }

    private static Optional<Pattern> regex(YamlMappingReader reader, String key, String regex) {
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            // The pattern is not quoted: an allow entry or a custom rule is written to match secrets, and may hold
            // one whole, in a shape no detector would recognise in a message. The position names the entry.
            reader.problem(key, reader.qualified(key) + " is not a valid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) + " of the pattern" : ""));
            return Optional.empty();
        }
    }
}
