package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * strict: false with a plugin.json that declares components: "If the plugin also has a plugin.json that declares
 * components, that's a conflict and the plugin fails to load" (plugin-marketplaces, "Strict mode").
 */
public final class MarketplaceStrictConflict extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-marketplace-strict-conflict", Severity.ERROR,
            "strict: false plugins do not declare components twice",
            "With strict: false the marketplace entry defines the plugin; if the plugin's plugin.json declares "
                    + "components as well, the plugin fails to load.");

    private static final String[] COMPONENTS = {"commands", "agents", "skills", "workflows", "hooks", "mcpServers",
        "outputStyles", "lspServers"};

    public MarketplaceStrictConflict() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson marketplace, CheckContext context) {
        for (JsonTree entry : Entries.of(marketplace)) {
            JsonTree strict = entry.get("strict");
            JsonTree manifest = strict == null || !"false".equals(strict.text) ? null
                    : Entries.manifest(marketplace, entry, context);
            if (manifest == null) {
                continue;
            }
            for (String component : COMPONENTS) {
                if (manifest.get(component) != null) {
                    marketplace.report(context, RULE, strict, "entry '" + entry.string("name") + "' is strict: "
                            + "false, but " + Entries.manifestPath(Entries.localDirectory(marketplace, entry))
                            + " declares '" + component + "'; the plugin fails to load",
                            "declare the components in one place: remove strict: false, or remove them from "
                                    + "plugin.json");
                    break;
                }
            }
        }
    }
}
