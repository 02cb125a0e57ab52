package dev.deploytrack.config;

import dev.deploytrack.check.FileRules;
import dev.deploytrack.lint.LintRules;
import dev.deploytrack.report.Rule;
import dev.deploytrack.secrets.SecretRules;
import dev.deploytrack.skills.SkillRules;
import dev.deploytrack.tokens.TokenRules;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every built-in rule, by id: what {@code rules:} in deploytrack.yml may name, and what docs/rules.md lists. */
public final class RuleCatalog {

    private static final Map<String, Rule> RULES = index(Stream.of(
            SkillRules.ALL, LintRules.ALL, FileRules.ALL, TokenRules.ALL, SecretRules.ALL).flatMap(List::stream)
            .toList());

    private RuleCatalog() {
    }

    private static Map<String, Rule> index(List<Rule> rules) {
        Map<String, Rule> index = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (index.put(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules share the id " + rule.id());
            }
        }
        return Map.copyOf(index);
    }

    public static Optional<Rule> find(String id) {
        return Optional.ofNullable(RULES.get(id));
    }

    public static List<Rule> all() {
        return RULES.values().stream().sorted(Comparator.comparing(Rule::id)).toList();
    }
}
