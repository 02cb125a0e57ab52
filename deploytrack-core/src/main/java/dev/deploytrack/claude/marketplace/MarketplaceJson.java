package dev.deploytrack.claude.marketplace;

import dev.deploytrack.claude.InvalidJson;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** A marketplace file that is not a JSON object cannot be added (plugin-marketplaces, validation errors). */
public final class MarketplaceJson extends InvalidJson {

    public static final Rule RULE = Rule.of("claude-marketplace-json", Severity.ERROR,
            "marketplaces are valid JSON",
            ".claude-plugin/marketplace.json must be a JSON object; Claude Code cannot add a marketplace it cannot "
                    + "parse.")
            .fixable(Fixable.SAFE);

    public MarketplaceJson() {
        super(RULE, FileType.CLAUDE_MARKETPLACE, "Claude Code cannot add the marketplace");
    }
}
