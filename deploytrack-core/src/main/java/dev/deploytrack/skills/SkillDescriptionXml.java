package dev.deploytrack.skills;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "description ... Cannot contain XML tags" (platform.claude.com, Agent Skills overview): the name and description are
 * placed in the system prompt, and the Claude API and claude.ai reject a tag there. Claude Code accepts it, hence a
 * warning.
 */
public final class SkillDescriptionXml extends BaseRule<SkillContent> {

    public static final Rule RULE = Rule.of("skill-description-xml", Severity.WARNING,
            "skill names and descriptions hold no XML tags",
            "The Claude API and claude.ai reject a skill whose name or description contains an XML tag such as "
                    + "<example>; Claude Code loads it.");

    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9_.:-]*(\\s[^<>]*)?/?>");

    public SkillDescriptionXml() {
        super(RULE);
    }

    @Override
    public void check(SkillContent skill, CheckContext context) {
        for (String field : new String[] {"name", "description"}) {
            String value = skill.frontmatter().string(field);
            Matcher tag = value == null ? null : TAG.matcher(value);
            if (tag != null && tag.find()) {
                var node = skill.frontmatter().field(field).orElseThrow();
                skill.report(context, RULE, YamlNodes.line(node, 2), YamlNodes.column(node), "the " + field
                        + " contains the XML tag " + tag.group() + ", which the Claude API and claude.ai reject",
                        "describe it in words, or move the example into the body");
            }
        }
    }
}
