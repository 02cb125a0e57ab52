package dev.deploytrack.frontmatter;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;

/** Frontmatter that parses to something other than a mapping of fields (a list, a lone value). */
public final class FrontmatterNotMapping extends BaseRule<MarkdownFile> {

    public static final Rule RULE = Rule.of("frontmatter-not-mapping", Severity.ERROR,
            "frontmatter is a mapping of fields",
            "The frontmatter must be a YAML mapping of field names to values; a list or a lone value gives the "
                    + "tool no fields. (SKILL.md: skill-frontmatter-mapping.)");

    public FrontmatterNotMapping() {
        super(RULE);
    }

    @Override
    public void check(MarkdownFile file, CheckContext context) {
        FrontmatterRead read = file.frontmatter();
        if (read.outcome() != FrontmatterRead.Outcome.NOT_MAPPING) {
            return;
        }
        if (read.notMapping().isEmpty()) {
            if (!file.frontmatter().frontmatter().yaml().isBlank()) {
                return; // only comments
            }
            context.report(RULE, file.path(), 1, 1, "the frontmatter is empty", "add the fields between the "
                    + "'---' lines, or remove the two lines");
            return;
        }
        var node = read.notMapping().get();
        context.report(RULE, file.path(), YamlNodes.line(node, 2), 1, "the frontmatter must be a mapping of "
                + "fields, but it is " + YamlNodes.describeKind(node), "write one 'field: value' per line");
    }
}
