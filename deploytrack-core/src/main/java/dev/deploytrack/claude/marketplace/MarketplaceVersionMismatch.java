package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * claude plugin validate 2.1.332: "Entry declares version ... but ... plugin.json says ... At install time,
 * plugin.json wins".
 */
public final class MarketplaceVersionMismatch extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-marketplace-version-mismatch", Severity.WARNING,
            "marketplace versions agree with the plugins'",
            "A marketplace entry's version differs from the version in the plugin's plugin.json; at install time "
                    + "plugin.json wins, so the marketplace shows a version users do not get.");

    public MarketplaceVersionMismatch() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson marketplace, CheckContext context) {
        for (JsonTree entry : Entries.of(marketplace)) {
            String version = entry.string("version");
            JsonTree manifest = version == null ? null : Entries.manifest(marketplace, entry, context);
            String declared = manifest == null ? null : manifest.string("version");
            if (declared != null && !declared.equals(version)) {
                String path = Entries.manifestPath(Entries.localDirectory(marketplace, entry));
                marketplace.report(context, RULE, entry.get("version"), "the entry says version " + version + " but "
                        + path + " says " + declared + "; installs get " + declared,
                        "make the two agree, or drop the version from the entry");
            }
        }
    }
}
