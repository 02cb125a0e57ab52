package dev.deploytrack.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import java.util.Locale;

/**
 * "name ... Cannot contain reserved words: "anthropic", "claude"" (platform.claude.com, Agent Skills overview): the
 * Claude API and claude.ai reject such a skill on upload. Claude Code accepts it (2.1.332 loads claude-helper), hence
 * a warning.
 */
public final class SkillNameReservedWord extends BaseRule<SkillContent> {

    public static final Rule RULE = Rule.of("skill-name-reserved-word", Severity.WARNING,
            "skill names avoid Anthropic's reserved words",
            "The Claude API and claude.ai do not accept a skill whose name contains 'anthropic' or 'claude'; Claude "
                    + "Code loads it.");

    public SkillNameReservedWord() {
        super(RULE);
    }

    @Override
    public void check(SkillContent skill, CheckContext context) {
        String name = skill.frontmatter().string("name");
        if (name == null) {
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : new String[] {"anthropic", "claude"}) {
            if (lower.contains(word)) {
                var node = skill.frontmatter().field("name").orElseThrow();
                skill.report(context, RULE, YamlNodes.line(node, 2), YamlNodes.column(node), "skill name '"
                        + name.strip() + "' contains '" + word + "', which the Claude API and claude.ai reserve",
                        "choose a name without it if the skill is to be uploaded there");
                return;
            }
        }
    }
}
