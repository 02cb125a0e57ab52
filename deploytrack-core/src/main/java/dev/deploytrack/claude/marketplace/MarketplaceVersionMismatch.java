package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonFiles;
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
            String directory = Entries.localDirectory(marketplace, entry);
            if (version == null || directory == null) {
                continue;
            }
            String manifest = (directory.isEmpty() ? "" : directory + "/") + ".claude-plugin/plugin.json";
            if (!marketplace.project().exists(manifest)) {
                continue;
            }
            var text = context.text(manifest);
            if (text.isEmpty()) {
                continue;
            }
            JsonFiles.Parsed parsed = JsonFiles.parse(text.get().text(), JsonFiles.Dialect.JSON_PARSE);
            String declared = parsed.ok() && parsed.tree().is(JsonTree.Kind.OBJECT)
                    ? parsed.tree().string("version") : null;
            if (declared != null && !declared.equals(version)) {
                marketplace.report(context, RULE, entry.get("version"), "the entry says version " + version + " but "
                        + manifest + " says " + declared + "; installs get " + declared,
                        "make the two agree, or drop the version from the entry");
            }
        }
    }
}
