package dev.deploytrack.cost;

import dev.deploytrack.yaml.YamlFile;
import dev.deploytrack.yaml.YamlMappingReader;
import dev.deploytrack.yaml.YamlNodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * An environment's spending limits, {@code environments/NAME/budget-limits.yaml}:
 * <pre>
 * daily_limit_usd: 40
 * monthly_limit_usd: 900
 * alert_thresholds: [70, 90, 100]
 * </pre>
 * The keys are snake_case as in the environment layout teams already keep next to their agents. Reaching a threshold
 * below 100% warns; reaching 100% of a limit always fails, whether or not the list names 100.
 *
 * @param file       the file, relative to the repository root
 * @param daily      the daily limit in USD, or {@code null}
 * @param monthly    the monthly limit in USD, or {@code null}
 * @param thresholds alert thresholds in percent, ascending, each 1-100
 */
public record BudgetLimits(String file, BigDecimal daily, BigDecimal monthly, List<Integer> thresholds) {

    public static final String FILE_NAME = "budget-limits.yaml";
    public static final List<Integer> DEFAULT_THRESHOLDS = List.of(70, 90, 100);

    public BudgetLimits {
        thresholds = List.copyOf(thresholds);
    }

    /** The thresholds that warn (below 100%), highest first. */
    public List<Integer> warningThresholds() {
        return thresholds.stream().filter(t -> t < 100).sorted((a, b) -> b - a).toList();
    }

    /** Binds a parsed budget-limits file; problems are collected in the binding. */
    static BudgetLimits bind(YamlFile.Binding binding, String file) {
        YamlMappingReader root = binding.root();
        BigDecimal daily = root.decimal("daily_limit_usd", null);
        BigDecimal monthly = root.decimal("monthly_limit_usd", null);
        if (!root.has("daily_limit_usd") && !root.has("monthly_limit_usd")) {
            root.problem("daily_limit_usd", "a budget-limits file needs daily_limit_usd, monthly_limit_usd or both "
                    + "(USD)");
        }
        for (String key : List.of("daily_limit_usd", "monthly_limit_usd")) {
            BigDecimal value = key.startsWith("daily") ? daily : monthly;
            if (value != null && value.signum() == 0) {
                root.problem(key, key + " must be more than 0; remove the key for no limit");
            }
        }
        return new BudgetLimits(file, daily, monthly, thresholds(root));
    }

    private static List<Integer> thresholds(YamlMappingReader root) {
        if (!root.has("alert_thresholds")) {
            return DEFAULT_THRESHOLDS;
        }
        List<Integer> values = new ArrayList<>();
        Node node = root.node("alert_thresholds").orElseThrow();
        if (!(node instanceof SequenceNode sequence)) {
            root.problem(node, "alert_thresholds must be a list of percentages such as [70, 90, 100]");
            return DEFAULT_THRESHOLDS;
        }
        for (Node item : sequence.getValue()) {
            String text = YamlNodes.scalarText(item);
            Integer percent = percent(text);
            if (percent == null || percent < 1 || percent > 100) {
                root.problem(item, "alert_thresholds holds percentages from 1 to 100, not '" + text + "'");
            } else {
                values.add(percent);
            }
        }
        return values.stream().distinct().sorted().toList();
    }

    private static Integer percent(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.endsWith("%")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).trim();
        }
        try {
            return Integer.parseInt(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
