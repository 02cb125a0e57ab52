package dev.deploytrack.config;

import dev.deploytrack.check.FileRules;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Features;
import dev.deploytrack.report.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every built-in rule, by id: what {@code rules:} in deploytrack.yml may name, and what docs/rules.md lists. The
 * rules of reading files at all ({@link FileRules}) and those of every registered {@link Feature}.
 */
public final class RuleCatalog {

    private static final Map<String, Rule> RULES = index();

    private RuleCatalog() {
    }

    private static Map<String, Rule> index() {
        List<Rule> rules = new ArrayList<>(FileRules.ALL);
        for (Feature feature : Features.ALL) {
            rules.addAll(feature.rules());
        }
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
