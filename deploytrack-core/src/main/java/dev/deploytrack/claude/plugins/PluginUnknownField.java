package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.Suggestions;
import java.util.List;

/**
 * "Claude Code ignores top-level fields it does not recognize ... claude plugin validate reports unrecognized fields
 * as warnings" (plugins reference); 2.1.332: "Field 'category' belongs in the marketplace entry".
 */
public final class PluginUnknownField extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-plugin-unknown-field", Severity.WARNING,
            "manifest fields are recognised",
            "A top-level manifest field Claude Code does not recognise is ignored. 'category' and 'tags' belong in "
                    + "the marketplace entry; 'themes' and 'monitors' under 'experimental'.");

    private static final List<String> KNOWN = List.copyOf(PluginFields.KNOWN);

    public PluginUnknownField() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson manifest, CheckContext context) {
        for (String field : manifest.root().fields.keySet()) {
            if (PluginFields.KNOWN.contains(field) || field.equals("themes") || field.equals("monitors")) {
                continue; // themes and monitors: claude-plugin-experimental-top-level
            }
            String hint;
            if (field.equals("category") || field.equals("tags") || field.equals("strict")
                    || field.equals("source")) {
                hint = "'" + field + "' belongs in the plugin's marketplace entry (marketplace.json)";
            } else {
                String near = Suggestions.closest(field, KNOWN, 2);
                hint = near != null ? "did you mean '" + near + "'?" : "remove it";
            }
            manifest.reportKey(context, RULE, manifest.root(), field, "'" + field + "' is not a plugin manifest "
                    + "field; Claude Code ignores it", hint);
        }
    }
}
