package dev.deploytrack.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import java.util.List;

/**
 * Two skills with one name where one tool loads both: Claude Code "resolves the conflict by source"; Copilot CLI:
 * "Skills are deduplicated by their name field ... the agent or skill in the plugin is silently ignored".
 */
public final class SkillNameDuplicate extends BaseRule<SkillContent> {

    public static final Rule RULE = Rule.of("skill-name-duplicate", Severity.WARNING,
            "skill names are unique where a tool loads them",
            "Two skills of one skills folder (.claude/skills, .agents/skills...) or one plugin declare the same "
                    + "name; the tool loads only one of them.");

    public SkillNameDuplicate() {
        super(RULE);
    }

    @Override
    public void check(SkillContent skill, CheckContext context) {
        String name = skill.frontmatter().string("name");
        if (name == null || name.isBlank()) {
            return;
        }
        List<String> same = skill.index().named(SkillScopes.scope(skill.skill().path()), name.strip());
        if (same.size() > 1 && !same.get(0).equals(skill.skill().path())) {
            var node = skill.frontmatter().field("name").orElseThrow();
            skill.report(context, RULE, YamlNodes.line(node, 2),
                    YamlNodes.column(node), "skill name '" + name.strip() + "' is also "
                            + "declared by " + same.get(0) + "; a tool that loads both keeps only one",
                    "rename one of them");
        }
    }
}
