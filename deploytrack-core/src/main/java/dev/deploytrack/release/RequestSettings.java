package dev.deploytrack.release;

import dev.deploytrack.yaml.YamlMappingReader;
import dev.deploytrack.yaml.YamlNodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The {@code request:} section of deploytrack.yml: the risk rules of a deployment request. Each key of
 * {@code request.risk} is a rule and its value the level it gives, or for the increase rules
 * {@code {over: 20%, level: medium}}:
 *
 * <pre>
 * request:
 *   risk:
 *     first-deployment: high
 *     cost-increase: {over: 20%, level: medium}
 *     write-tools: medium
 * </pre>
 *
 * Without {@code request.risk} the defaults below apply; with it, exactly the rules it declares.
 *
 * @param risk the rules, in the order declared
 */
public record RequestSettings(List<RiskRule> risk) {

    /** The rules when none are declared: what a person approving production most needs to see. */
    public static final List<RiskRule> DEFAULT_RISK = List.of(
            new RiskRule(RiskRule.Kind.FIRST_DEPLOYMENT, RiskLevel.HIGH, null),
            new RiskRule(RiskRule.Kind.FINDINGS, RiskLevel.HIGH, null),
            new RiskRule(RiskRule.Kind.COST_INCREASE, RiskLevel.MEDIUM, new BigDecimal("20")),
            new RiskRule(RiskRule.Kind.WRITE_TOOLS, RiskLevel.MEDIUM, null),
            new RiskRule(RiskRule.Kind.MAJOR_VERSION, RiskLevel.MEDIUM, null));

    public RequestSettings {
        risk = List.copyOf(risk);
    }

    public static RequestSettings defaults() {
        return new RequestSettings(DEFAULT_RISK);
    }

    /** Binds the {@code request:} mapping; mistakes are reported with their line. */
    public static RequestSettings bind(YamlMappingReader request) {
        Optional<YamlMappingReader> risk = request.mapping("risk");
        if (risk.isEmpty()) {
            return defaults();
        }
        List<RiskRule> rules = new ArrayList<>();
        YamlMappingReader mapping = risk.get();
        for (String key : mapping.keys()) {
            Optional<RiskRule.Kind> kind = Arrays.stream(RiskRule.Kind.values()).filter(k -> k.key().equals(key))
                    .findFirst();
            Node value = mapping.node(key).orElseThrow();
            if (kind.isEmpty()) {
                mapping.problem(mapping.keyNode(key).orElse(value), "unknown risk rule '" + key + "'; the rules are "
                        + Arrays.stream(RiskRule.Kind.values()).map(RiskRule.Kind::key)
                        .collect(Collectors.joining(", ")));
                continue;
            }
            if (kind.get().takesPercent()) {
                Optional<YamlMappingReader> entry = mapping.mapping(key);
                if (entry.isEmpty()) {
                    mapping.problem(value, "request.risk." + key + " is {over: PERCENT, level: LEVEL}, e.g. "
                            + "{over: 20%, level: medium}");
                    continue;
                }
                BigDecimal over = percent(entry.get());
                RiskLevel level = level(entry.get(), "level", entry.get().string("level", null));
                if (over != null && level != null) {
                    rules.add(new RiskRule(kind.get(), level, over));
                }
            } else {
                RiskLevel level = level(mapping, key, YamlNodes.isString(value) ? YamlNodes.scalarText(value) : null);
                if (level != null) {
                    rules.add(new RiskRule(kind.get(), level, null));
                }
            }
        }
        return new RequestSettings(rules);
    }

    private static BigDecimal percent(YamlMappingReader entry) {
        String text = entry.string("over", null);
        if (text == null) {
            entry.problem("over", entry.qualified("over") + " is missing: the increase in percent, e.g. 20%");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace("%", ""));
            if (value.signum() >= 0 && value.compareTo(new BigDecimal("100000")) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        entry.problem("over", entry.qualified("over") + " must be a percentage such as 20%, not '" + text + "'");
        return null;
    }

    private static RiskLevel level(YamlMappingReader reader, String key, String text) {
        Optional<RiskLevel> level = text == null ? Optional.empty() : RiskLevel.parse(text);
        if (level.isEmpty()) {
            reader.problem(key, reader.qualified(key) + " must be low, medium, high or critical, not '" + text
                    + "'");
            return null;
        }
        return level.get();
    }
}
