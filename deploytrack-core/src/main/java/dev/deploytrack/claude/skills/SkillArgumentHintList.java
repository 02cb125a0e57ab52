package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.fix.Fix;
import dev.deploytrack.frontmatter.FrontmatterFixes;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * {@code argument-hint: [file]} is a YAML list, not the text "[file]". Changelog 2.1.47: "Fixed React crash ... when a
 * skill's argument-hint ... uses YAML sequence syntax ... the value is now properly coerced to a string".
 */
public final class SkillArgumentHintList extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-argument-hint-list", Severity.WARNING,
            "argument-hint is a string",
            "argument-hint: [file] is a YAML list; Claude Code since 2.1.47 turns it back into text (earlier "
                    + "versions crashed) and other tools read a list. Quote it: argument-hint: \"[file]\".")
            .fixable(Fixable.SAFE);

    public SkillArgumentHintList() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        var hint = skill.field("argument-hint");
        if (hint.isEmpty() || hint.get() instanceof ScalarNode) {
            return;
        }
        String line = skill.lineText(YamlNodes.line(hint.get(), 2));
        String written = line.startsWith("argument-hint:") ? line.substring("argument-hint:".length()).strip() : "";
        skill.report(context, RULE, hint.get(), "argument-hint is " + YamlNodes.describeKind(hint.get())
                + " in YAML, not the text shown after the command", written.isEmpty() || written.contains("\"")
                ? "quote the whole value, e.g. argument-hint: \"[file] [format]\""
                : "quote the whole value: argument-hint: \"" + written + "\"");
        if (context.fixing()) {
            context.offer(quoted(skill, hint.get()));
        }
    }

    /** The list as the text it was written as: {@code [file]} becomes {@code "[file]"} (a flow list only). */
    private static Fix quoted(ClaudeMarkdown skill, Node hint) {
        if (!(hint instanceof SequenceNode list) || list.getFlowStyle() != FlowStyle.FLOW) {
            return null;
        }
        int[] span = FrontmatterFixes.span(skill.source(), skill.frontmatter(), hint);
        if (span == null) {
            return null;
        }
        String written = skill.source().text().substring(span[0], span[1]);
        String quoted = written.contains("\"") || written.contains("\\") ? FrontmatterFixes.quote(written)
                : "\"" + written + "\"";
        return FrontmatterFixes.replace(RULE, skill.path(), skill.source(), skill.frontmatter(), "argument-hint",
                span, quoted, true, "quote argument-hint", node -> written.equals(YamlNodes.scalarText(node))
                        && YamlNodes.isString(node));
    }
}
