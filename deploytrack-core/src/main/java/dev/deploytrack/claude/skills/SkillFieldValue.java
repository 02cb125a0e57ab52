package dev.deploytrack.claude.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeCode;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.FieldValues;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Fields of a skill or command with documented values (skills, frontmatter reference): effort, model, arguments and,
 * for commands, metadata ("drops a value that isn't a map"; a SKILL.md's metadata is skill-metadata's).
 */
public final class SkillFieldValue extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-skill-field-value", Severity.WARNING,
            "a skill's fields hold documented values",
            "effort is low, medium, high, xhigh or max; model is an alias (sonnet, opus, haiku, inherit...) or a "
                    + "model id; arguments is a string or a list; a command's metadata is a mapping.");

    public SkillFieldValue() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown skill, CheckContext context) {
        FieldValues values = new FieldValues(skill, context, RULE);
        values.oneOf("effort", ClaudeCode.EFFORTS);
        values.model("model");
        var arguments = skill.field("arguments");
        if (arguments.isPresent() && !YamlNodes.isString(arguments.get())
                && !(arguments.get() instanceof SequenceNode) && !YamlNodes.isNull(arguments.get())) {
            skill.report(context, RULE, arguments.get(), "'arguments' is " + YamlNodes.describeKind(arguments.get())
                    + "; it takes a string or a list of argument names", null);
        }
        var metadata = skill.field("metadata");
        if (skill.isCommand() && metadata.isPresent() && !(metadata.get() instanceof MappingNode)) {
            skill.report(context, RULE, metadata.get(), "'metadata' is " + YamlNodes.describeKind(metadata.get())
                    + "; Claude Code drops a value that is not a mapping", null);
        }
    }
}
