package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.claude.plugins.PluginNames;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Set;

/** The name's form: kebab-case, not org/org-provisioned/unknown, in Claude Desktop's character set. */
public final class MarketplaceNameFormat extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-marketplace-name-format", Severity.WARNING,
            "marketplace names are kebab-case",
            "Claude Code accepts other names, but Claude Desktop reserves org, org-provisioned and unknown and "
                    + "accepts only [A-Za-z0-9._-]; kebab-case works everywhere.");

    private static final Set<String> DESKTOP_RESERVED = Set.of("org", "org-provisioned", "unknown");

    public MarketplaceNameFormat() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson marketplace, CheckContext context) {
        JsonTree name = marketplace.get("name");
        if (name == null || !name.is(JsonTree.Kind.STRING) || PluginNames.RESERVED_MARKETPLACES.contains(name.text)) {
            return;
        }
        if (DESKTOP_RESERVED.contains(name.text)) {
            marketplace.report(context, RULE, name, "marketplace name '" + name.text + "' is reserved in Claude "
                    + "Desktop", "choose another name");
        } else if (!PluginNames.isKebab(name.text)) {
            marketplace.report(context, RULE, name, "marketplace name '" + name.text + "' is not kebab-case",
                    "use \"" + PluginNames.kebab(name.text) + "\"");
        }
    }
}
