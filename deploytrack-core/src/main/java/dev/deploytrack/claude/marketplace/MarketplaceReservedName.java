package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.claude.plugins.PluginNames;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * "Reserved names: the following marketplace names are reserved for official Anthropic use and can't be used by
 * third-party marketplaces" (plugin-marketplaces).
 */
public final class MarketplaceReservedName extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-marketplace-reserved-name", Severity.ERROR,
            "marketplace names are not reserved",
            "Marketplace names such as claude-plugins-official, anthropic-marketplace or agent-skills are reserved "
                    + "for Anthropic; a third-party marketplace with one cannot be added.");

    public MarketplaceReservedName() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson marketplace, CheckContext context) {
        JsonTree name = marketplace.get("name");
        if (name != null && name.is(JsonTree.Kind.STRING) && PluginNames.RESERVED_MARKETPLACES.contains(name.text)) {
            marketplace.report(context, RULE, name, "marketplace name '" + name.text + "' is reserved for "
                    + "Anthropic's own marketplaces", "choose a name of your own, e.g. your organisation's");
        }
    }
}
