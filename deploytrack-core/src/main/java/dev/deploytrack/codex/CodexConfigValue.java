package dev.deploytrack.codex;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Map;

/**
 * A top-level key of config.toml with a value of the wrong type or outside its enumeration: Codex refuses to start
 * ("invalid type: integer `5`, expected a string"; "unknown variant `yolo`, expected one of `read-only`,
 * `workspace-write`, `danger-full-access`", codex-cli 0.171.0). Types and values: {@link ConfigKeys}.
 */
public final class CodexConfigValue extends BaseRule<CodexConfig> {

    public static final Rule RULE = Rule.of("codex-config-value", Severity.ERROR,
            "Codex settings have the documented types and values",
            "A top-level setting of .codex/config.toml with the wrong type (model = 5) or a value outside its set "
                    + "(sandbox_mode = \"yolo\"; approval_policy, model_reasoning_effort, web_search...): Codex "
                    + "refuses to start. The types and values are Codex's published configuration schema.");

    public CodexConfigValue() {
        super(RULE);
    }

    @Override
    public void check(CodexConfig config, CheckContext context) {
        JsonTree root = config.root();
        for (Map.Entry<String, JsonTree> entry : root.fields.entrySet()) {
            ConfigKeys.Key key = ConfigKeys.ALL.get(entry.getKey());
            if (key == null) {
                continue;
            }
            String problem = problem(key, entry.getValue());
            if (problem != null) {
                config.reportKey(context, RULE, root, entry.getKey(), "'" + entry.getKey() + "' " + problem
                        + "; Codex refuses to start", key.values().isEmpty() ? null : "use one of: "
                        + String.join(", ", key.values()));
            }
        }
    }

    private static String problem(ConfigKeys.Key key, JsonTree value) {
        switch (key.type()) {
            case "string" -> {
                return value.is(JsonTree.Kind.STRING) ? null : "is " + value.describe() + ", expected a string";
            }
            case "boolean" -> {
                return value.is(JsonTree.Kind.BOOLEAN) ? null : "is " + value.describe() + ", expected true or "
                        + "false";
            }
            case "integer" -> {
                return value.is(JsonTree.Kind.NUMBER) && value.text.matches("\\d+") ? null : "is "
                        + describe(value) + ", expected a whole number of at least 0";
            }
            case "string-list" -> {
                if (!value.is(JsonTree.Kind.ARRAY)) {
                    return "is " + value.describe() + ", expected a list of strings";
                }
                for (JsonTree item : value.items) {
                    if (!item.is(JsonTree.Kind.STRING)) {
                        return "holds " + item.describe() + ", expected strings";
                    }
                }
                return null;
            }
            case "table" -> {
                return value.is(JsonTree.Kind.OBJECT) ? null : "is " + value.describe() + ", expected a table";
            }
            case "enum" -> {
                if (key.name().equals("approval_policy") && value.is(JsonTree.Kind.OBJECT)) {
                    return value.get("granular") != null ? null : "is a table without 'granular'";
                }
                return value.is(JsonTree.Kind.STRING) && key.values().contains(value.text) ? null : "is "
                        + describe(value) + ", not one of the values Codex knows";
            }
            default -> {
                return null;
            }
        }
    }

    private static String describe(JsonTree value) {
        return value.is(JsonTree.Kind.STRING) || value.is(JsonTree.Kind.NUMBER) ? "'" + value.text + "'"
                : value.describe();
    }
}
