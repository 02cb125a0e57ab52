package dev.deploytrack.secrets;

import dev.deploytrack.report.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every built-in rule of the secret scanner, for the rule catalogue, SARIF and docs/rules.md. */
public final class SecretRules {

    /** The scanner's own notes and errors (skipped files, an invalid baseline). */
    public static final Rule FILE_SKIPPED = ContextRules.FILE_SKIPPED;
    public static final Rule BASELINE_INVALID = ContextRules.BASELINE_INVALID;

    /** The secret kinds, each reported under its own id. */
    public static final List<SecretRule> SECRETS = secrets();

    public static final List<Rule> ALL = all();

    private SecretRules() {
    }

    private static List<SecretRule> secrets() {
        Map<String, SecretRule> unique = new LinkedHashMap<>();
        for (SecretRule rule : ProviderRules.rules()) {
            unique.put(rule.id(), rule);
        }
        for (SecretRule rule : ContextRules.rules()) {
            unique.put(rule.id(), rule);
        }
        return List.copyOf(unique.values());
    }

    private static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        for (SecretRule rule : SECRETS) {
            rules.add(rule.rule());
        }
        rules.add(FILE_SKIPPED);
        rules.add(BASELINE_INVALID);
        return List.copyOf(rules);
    }
}
