package dev.deploytrack.secrets;

import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule a repository adds in {@code deploytrack.yml} for its own secrets (an internal service's tokens). It runs like
 * a provider rule: only where one of its keywords occurs, through the same look-alike filters, with its own entropy
 * floor. The secret is the regex's group {@code secret} if it has one, else the whole match.
 *
 * @param id       rule id, reported like a built-in one
 * @param label    what the secret is, used in messages
 * @param regex    the pattern, run on the line around each keyword occurrence
 * @param keywords lower-case literal strings of which one occurs in or near every match
 * @param entropy  minimum Shannon entropy (bits per character) of the secret
 * @param severity severity of its findings
 */
public record CustomRule(String id, String label, Pattern regex, List<String> keywords, double entropy,
                         Severity severity) {

    public CustomRule {
        keywords = List.copyOf(keywords);
    }

    Detector detector() {
        String secretGroup = regex.pattern().contains("(?<secret>")
                ? regex.pattern().replace("(?<secret>", "(?<s>") : regex.pattern();
        SecretRule rule = new SecretRule(Rule.of(id, severity, "No " + label + " in the repository",
                "Custom rule from deploytrack.yml: " + label + "."), label);
        return PatternDetector.builder(rule, secretGroup, keywords.toArray(String[]::new)).entropy(entropy)
                .floating().build();
    }
}
