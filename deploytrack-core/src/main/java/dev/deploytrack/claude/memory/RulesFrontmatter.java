package dev.deploytrack.claude.memory;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.skills.SkillPathsGlob;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A .claude/rules file's frontmatter: "Rules can be scoped ... using YAML frontmatter with the paths field" (memory);
 * changelog 2.1.84: "Rules and skills paths: frontmatter now accepts a YAML list of globs".
 */
public final class RulesFrontmatter extends BaseRule<ClaudeMarkdown> {

    public static final Rule RULE = Rule.of("claude-rules-frontmatter", Severity.WARNING,
            "rule files use only 'paths'",
            "The frontmatter of a .claude/rules file holds 'paths' (a glob or a list of globs) and nothing else; "
                    + "other fields are ignored and an invalid glob matches nothing.");

    public RulesFrontmatter() {
        super(RULE);
    }

    @Override
    public void check(ClaudeMarkdown rule, CheckContext context) {
        for (var entry : rule.frontmatter().fields().entrySet()) {
            if (!entry.getKey().equals("paths")) {
                rule.report(context, RULE, entry.getValue().getKeyNode(), "'" + entry.getKey() + "' is not read in "
                        + "a rule file; only 'paths' is", entry.getKey().equals("globs")
                        ? "write it as paths: (Claude Code's name for the field)" : "remove it");
            }
        }
        rule.field("paths").ifPresent(paths -> SkillPathsGlob.reportInvalid(rule, context, RULE, paths));
    }
}
