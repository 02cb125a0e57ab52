package dev.deploytrack.claude.settings;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** "The :* form is only recognized at the end of a pattern" (permissions, "Wildcard patterns"). */
public final class PermissionColonStar extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-permission-colon-star", Severity.WARNING,
            "':*' ends a Bash rule",
            "In Bash(git:* push) the colon is a literal character: ':*' is a wildcard only at the end of the "
                    + "pattern.");

    public PermissionColonStar() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson settings, CheckContext context) {
        for (PermissionRule rule : PermissionRule.of(settings)) {
            String specifier = rule.specifier();
            if (rule.wellFormed() && rule.tool().equals("Bash") && specifier != null && specifier.contains(":*")
                    && !specifier.endsWith(":*")) {
                settings.report(context, RULE, rule.value(), "in '" + rule.text() + "' the ':*' is not at the end, "
                        + "so its colon is matched literally", "write Bash(git * push) or put ':*' last");
            }
        }
    }
}
