package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** claude plugin validate: "Marketplace has no plugins defined", "No marketplace description provided". */
public final class MarketplaceEmpty extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-marketplace-empty", Severity.WARNING,
            "marketplaces list plugins and describe themselves",
            "A marketplace without plugins offers nothing, and one without a description (description or "
                    + "metadata.description) shows none when users add it.");

    public MarketplaceEmpty() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson marketplace, CheckContext context) {
        JsonTree plugins = marketplace.get("plugins");
        if (plugins != null && plugins.is(JsonTree.Kind.ARRAY) && plugins.items.isEmpty()) {
            marketplace.report(context, RULE, plugins, "the marketplace lists no plugins", "add plugin entries");
        }
        JsonTree metadata = marketplace.get("metadata");
        boolean described = marketplace.get("description") != null
                || (metadata != null && metadata.get("description") != null);
        if (!described) {
            marketplace.report(context, RULE, marketplace.root(), "the marketplace has no description",
                    "add \"description\" (or metadata.description)");
        }
    }
}
