package dev.deploytrack.claude.marketplace;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A local source that cannot be used: "plugins[0].source: Path contains ".."", "For plugins in the same repository,
 * use a path starting with ./" (a bare name works only with metadata.pluginRoot), or a directory that does not exist.
 */
public final class MarketplaceSource extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-marketplace-source", Severity.ERROR,
            "local plugin sources are ./ paths that exist",
            "A plugin in the marketplace's repository has a source starting with ./ (or a bare name under "
                    + "metadata.pluginRoot), without '..', naming a directory that exists.");

    public MarketplaceSource() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson marketplace, CheckContext context) {
        for (JsonTree entry : Entries.of(marketplace)) {
            JsonTree source = entry.get("source");
            if (source == null || !source.is(JsonTree.Kind.STRING)) {
                continue; // an object source is remote (github, git, npm...)
            }
            String text = source.text;
            if (text.contains("..")) {
                marketplace.report(context, RULE, source, "source '" + text + "' contains '..'", "keep plugins "
                        + "inside the marketplace's repository, with a ./ path");
                continue;
            }
            String directory = Entries.localDirectory(marketplace, entry);
            if (directory == null) {
                marketplace.report(context, RULE, source, "source '" + text + "' is not a ./ path" + (text.contains(
                        "/") ? "" : " (a bare name needs metadata.pluginRoot)"), "write \"./" + text + "\"");
            } else if (!marketplace.project().isDirectory(directory)) {
                marketplace.report(context, RULE, source, "source '" + text + "' names " + (directory.isEmpty()
                        ? "the repository root" : directory + "/") + ", which does not exist",
                        "fix the path, or remove the entry");
            }
        }
    }
}
