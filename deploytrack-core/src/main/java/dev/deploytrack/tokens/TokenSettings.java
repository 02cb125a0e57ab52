package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.workspace.Glob;
import dev.deploytrack.yaml.YamlMappingReader;
import dev.deploytrack.yaml.YamlNodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Token budgets ({@code tokens:} in deploytrack.yml): how texts are counted, the budgets, and the estimate factors
 * of model families without a public tokenizer. Every key is documented in docs/configuration.md.
 *
 * @param enabled        whether validate checks token budgets at all
 * @param model          the model whose tokens budgets are counted in, or {@code null} to use {@code encoding}
 * @param encoding       the encoding budgets are counted with when no model is set
 * @param thresholds     percentages of a budget that warn (below 100, ascending); 100% is an error
 * @param skillBody      the Agent Skills specification's guidance for a skill body (a warning when exceeded)
 * @param skillMetadata  the specification's guidance for a skill's name plus description
 * @param alwaysLoaded   the budget of the always-loaded context, or 0 for none
 * @param files          budgets per file glob
 * @param estimates      estimate factors per model family
 */
public record TokenSettings(boolean enabled, String model, EncodingType encoding, List<Integer> thresholds,
                            int skillBody, int skillMetadata, int alwaysLoaded, List<TokenBudget> files,
                            EstimateFactors estimates) {

    /** "Instructions (< 5000 tokens recommended)" in the specification's progressive-disclosure section. */
    public static final int SPEC_SKILL_BODY = 5000;
    /** "Metadata (~100 tokens)": name and description, loaded at startup for all skills. */
    public static final int SPEC_SKILL_METADATA = 100;
    public static final List<Integer> DEFAULT_THRESHOLDS = List.of(70, 90);
    /** The headroom every budget finding recommends keeping. */
    public static final int RECOMMENDED_HEADROOM_PERCENT = 20;

    private static final int MAX_BUDGET = 100_000_000;

    public TokenSettings {
        thresholds = List.copyOf(thresholds);
        files = List.copyOf(files);
    }

    public static TokenSettings defaults() {
        return new TokenSettings(true, null, EncodingType.O200K_BASE, DEFAULT_THRESHOLDS, SPEC_SKILL_BODY,
                SPEC_SKILL_METADATA, 0, List.of(), EstimateFactors.defaults());
    }

    /** How budgets are counted: the model's tokenizer (exact or estimated) or the encoding. */
    public Tokenization tokenization() {
        return model != null ? ModelTokenizers.forModel(model, estimates) : Tokenization.exact(encoding);
    }

    public TokenSettings withEnabled(boolean value) {
        return new TokenSettings(value, model, encoding, thresholds, skillBody, skillMetadata, alwaysLoaded, files,
                estimates);
    }

    /** The budget configured for {@code path}: the first matching {@code tokens.files} entry. */
    public Optional<TokenBudget> budgetFor(String path) {
        return files.stream().filter(budget -> budget.files().matches(path)).findFirst();
    }

    /** Reads the {@code tokens:} mapping; mistakes are reported on the reader with their line. */
    public static TokenSettings bind(YamlMappingReader tokens) {
        TokenSettings defaults = defaults();
        boolean enabled = tokens.bool("enabled", true);
        String model = tokens.string("model", null);
        String encodingName = tokens.string("encoding", null);
        EncodingType encoding = defaults.encoding();
        if (encodingName != null) {
            Optional<EncodingType> parsed = encodingNamed(encodingName);
            if (parsed.isEmpty()) {
                tokens.problem("encoding", "unknown encoding '" + encodingName + "'; use one of " + encodingNames());
            } else {
                encoding = parsed.get();
            }
            if (model != null) {
                tokens.problem("encoding", "set either tokens.model or tokens.encoding, not both");
            }
        }
        return new TokenSettings(enabled, model, encoding, thresholds(tokens),
                (int) tokens.integer("skill-body", SPEC_SKILL_BODY, 1, MAX_BUDGET),
                (int) tokens.integer("skill-metadata", SPEC_SKILL_METADATA, 1, MAX_BUDGET),
                (int) tokens.integer("always-loaded", 0, 0, MAX_BUDGET),
                files(tokens), estimates(tokens));
    }

    public static Optional<EncodingType> encodingNamed(String name) {
        return EncodingType.fromName(name.trim());
    }

    /** {@code r50k_base, p50k_base, p50k_edit, cl100k_base, o200k_base}. */
    public static String encodingNames() {
        return Arrays.stream(EncodingType.values()).map(EncodingType::getName).collect(Collectors.joining(", "));
    }

    private static List<Integer> thresholds(YamlMappingReader tokens) {
        if (!tokens.has("thresholds")) {
            return DEFAULT_THRESHOLDS;
        }
        List<Integer> values = new ArrayList<>();
        tokens.node("thresholds").ifPresent(node -> {
            if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    String text = YamlNodes.scalarText(item);
                    Integer percent = parsePercent(text);
                    if (percent == null || percent < 1 || percent > 99) {
                        tokens.problem(item, "tokens.thresholds holds percentages from 1 to 99 (100% is always "
                                + "an error), not '" + text + "'");
                    } else {
                        values.add(percent);
                    }
                }
            } else if (!YamlNodes.isNull(node)) {
                tokens.problem(node, "tokens.thresholds must be a list of percentages such as [70, 90]");
            }
        });
        return values.stream().distinct().sorted().toList();
    }

    private static Integer parsePercent(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.trim().endsWith("%") ? text.trim().substring(0, text.trim().length() - 1) : text.trim();
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<TokenBudget> files(YamlMappingReader tokens) {
        List<TokenBudget> budgets = new ArrayList<>();
        tokens.mapping("files").ifPresent(files -> {
            for (String pattern : files.keys()) {
                int max = (int) files.integer(pattern, 0, 1, MAX_BUDGET);
                if (max == 0) {
                    continue; // the reader reported the mistake
                }
                try {
                    budgets.add(new TokenBudget(Glob.of(pattern), max));
                } catch (IllegalArgumentException e) {
                    files.problem(files.keyNode(pattern).orElseThrow(), "'" + pattern
                            + "' in tokens.files is not a valid glob pattern");
                }
            }
        });
        return budgets;
    }

    private static EstimateFactors estimates(YamlMappingReader tokens) {
        Map<String, EstimateFactor> overrides = new LinkedHashMap<>();
        tokens.mapping("estimates").ifPresent(estimates -> {
            for (String family : estimates.keys()) {
                if (!EstimateFactors.families().contains(family)) {
                    estimates.problem(estimates.keyNode(family).orElseThrow(), "unknown model family '" + family
                            + "'; families: " + String.join(", ", EstimateFactors.families().stream().sorted()
                            .toList()));
                    continue;
                }
                estimates.mapping(family).ifPresent(entry -> {
                    EstimateFactor defaults = EstimateFactors.defaults().get(family);
                    BigDecimal factor = entry.decimal("factor", defaults.factor());
                    BigDecimal low = entry.decimal("low", factor.min(defaults.low()));
                    BigDecimal high = entry.decimal("high", factor.max(defaults.high()));
                    if (factor.signum() <= 0 || low.compareTo(factor) > 0 || high.compareTo(factor) < 0) {
                        entry.problem("factor", "tokens.estimates." + family + " needs 0 < low <= factor <= high, "
                                + "but it has low " + low.toPlainString() + ", factor " + factor.toPlainString()
                                + ", high " + high.toPlainString());
                        return;
                    }
                    overrides.put(family, new EstimateFactor(family, factor, low, high));
                });
            }
        });
        return EstimateFactors.defaults().with(overrides);
    }
}
