package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.HashSet;
import java.util.Set;

/** "Duplicate plugin name "x" found in marketplace" (plugin-marketplaces, validation errors). */
public final class MarketplaceDuplicatePlugin extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-marketplace-duplicate-plugin", Severity.ERROR,
            "marketplace plugin names are unique",
            "Two entries of one marketplace with the same name: the marketplace fails validation.");

    public MarketplaceDuplicatePlugin() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson marketplace, CheckContext context) {
        Set<String> seen = new HashSet<>();
        for (JsonTree entry : Entries.of(marketplace)) {
            String name = entry.string("name");
            if (name != null && !seen.add(name)) {
                marketplace.report(context, RULE, entry.get("name"), "plugin name '" + name + "' appears twice in "
                        + "the marketplace", "rename or remove one entry");
            }
        }
    }
}
