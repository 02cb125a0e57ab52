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

    /**
     * Ids that were rules once. A repository's deploytrack.yml may still name them: the setting applies to their
     * successors, with a warning ({@link ConfigRules#RULE_RETIRED}), instead of failing as an unknown id.
     */
    private static final Map<String, RetiredRule> RETIRED = retired(List.of(
            new RetiredRule("agent-frontmatter", List.of("claude-agent-name-missing", "claude-agent-name-invalid",
                    "claude-agent-description-missing"), "a subagent without frontmatter, or with frontmatter "
                    + "Claude Code cannot read, is now reported by the frontmatter-* rules, which cover every "
                    + "Markdown agent file and are not switched off with it")));

    private RuleCatalog() {
    }

    private static Map<String, Rule> index() {
        List<Rule> rules = new ArrayList<>(FileRules.ALL);
        rules.addAll(ConfigRules.ALL);
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

    private static Map<String, RetiredRule> retired(List<RetiredRule> retired) {
        Map<String, RetiredRule> index = new LinkedHashMap<>();
        for (RetiredRule rule : retired) {
            if (RULES.containsKey(rule.id())) {
                throw new IllegalStateException("retired rule id " + rule.id() + " is a rule again");
            }
            for (String successor : rule.successors()) {
                if (!RULES.containsKey(successor)) {
                    throw new IllegalStateException("retired rule " + rule.id() + " names no rule " + successor);
                }
            }
            index.put(rule.id(), rule);
        }
        return Map.copyOf(index);
    }

    /** The retired rule {@code id} names, if it was a rule once. */
    public static Optional<RetiredRule> retired(String id) {
        return Optional.ofNullable(RETIRED.get(id));
    }

    /** Every retired id, sorted (docs/rules.md lists them). */
    public static List<RetiredRule> allRetired() {
        return RETIRED.values().stream().sorted(Comparator.comparing(RetiredRule::id)).toList();
    }

    public static Optional<Rule> find(String id) {
        return Optional.ofNullable(RULES.get(id));
    }

    public static List<Rule> all() {
        return RULES.values().stream().sorted(Comparator.comparing(Rule::id)).toList();
    }
}
