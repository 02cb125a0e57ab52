package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * The required fields of a marketplace and of each plugin entry (plugin-marketplaces, "Required fields"): name,
 * owner (with a name) and plugins; each entry's name and source.
 */
public final class MarketplaceRequired extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-marketplace-required", Severity.ERROR,
            "marketplaces have their required fields",
            "A marketplace needs 'name', 'owner' (an object with a 'name') and 'plugins' (an array); each plugin "
                    + "entry needs 'name' and 'source'.");

    public MarketplaceRequired() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson marketplace, CheckContext context) {
        JsonTree root = marketplace.root();
        if (marketplace.get("name") == null || !marketplace.get("name").is(JsonTree.Kind.STRING)) {
            marketplace.report(context, RULE, root, "the marketplace has no 'name' string", "add \"name\": "
                    + "\"my-marketplace\"");
        }
        JsonTree owner = marketplace.get("owner");
        if (owner == null || !owner.is(JsonTree.Kind.OBJECT) || owner.string("name") == null) {
            marketplace.report(context, RULE, owner == null ? root : owner, "the marketplace needs 'owner', an "
                    + "object with a 'name'", "add \"owner\": {\"name\": \"Your team\"}");
        }
        JsonTree plugins = marketplace.get("plugins");
        if (plugins == null || !plugins.is(JsonTree.Kind.ARRAY)) {
            marketplace.report(context, RULE, plugins == null ? root : plugins, "the marketplace needs 'plugins', "
                    + "an array of plugin entries", "add \"plugins\": []");
            return;
        }
        for (JsonTree entry : plugins.items) {
            if (!entry.is(JsonTree.Kind.OBJECT)) {
                marketplace.report(context, RULE, entry, "a plugin entry must be an object", null);
                continue;
            }
            if (entry.string("name") == null) {
                marketplace.report(context, RULE, entry, "the plugin entry has no 'name'", "add \"name\"");
            }
            if (entry.get("source") == null) {
                marketplace.report(context, RULE, entry, "plugin entry " + (entry.string("name") == null ? ""
                        : "'" + entry.string("name") + "' ") + "has no 'source'", "add \"source\": \"./plugins/"
                        + (entry.string("name") == null ? "name" : entry.string("name")) + "\"");
            }
        }
    }
}
