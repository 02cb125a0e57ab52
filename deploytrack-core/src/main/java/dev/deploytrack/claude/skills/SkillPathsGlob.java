package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * "A pattern with a [ that can't be read as a bracket expression ... is invalid: it matches nothing" (memory,
 * "Path-specific rules"); skills' and rules' paths accept a string or, since 2.1.84, a YAML list of globs.
 */
public final class SkillPathsGlob extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-paths-glob", Severity.WARNING,
            "a skill's paths are valid globs",
            "Each pattern of 'paths' is a glob; one with a '[' that does not close a bracket expression matches "
                    + "nothing, and 'paths' is a string or a list of strings.");

    public SkillPathsGlob() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        var paths = skill.field("paths");
        if (paths.isEmpty() || skill.isCommand() || YamlNodes.isNull(paths.get())) {
            return;
        }
        reportInvalid(skill, context, RULE, paths.get());
    }

    /** Reports a paths value that is not a string or list of strings, or holds a pattern with an open '['. */
    public static void reportInvalid(ClaudeMarkdown file, CheckContext context, Rule rule, Node paths) {
        if (!YamlNodes.isString(paths) && !(paths instanceof SequenceNode)) {
            file.report(context, rule, paths, "'paths' is " + YamlNodes.describeKind(paths) + "; it takes a glob "
                    + "or a list of globs", "e.g. paths: \"src/**/*.ts\"");
            return;
        }
        for (ToolList.Entry pattern : ToolList.entries(paths)) {
            if (!bracketsClose(pattern.text())) {
                file.report(context, rule, pattern.node(), "pattern '" + pattern.text() + "' has a '[' that does "
                        + "not close, so it matches nothing", "close the bracket expression, or escape the "
                        + "bracket as \\[");
            }
        }
    }

    private static boolean bracketsClose(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    return false;
                }
                i = close;
            }
        }
        return true;
    }
}
