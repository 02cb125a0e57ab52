package dev.deploytrack.tokens;

import static dev.deploytrack.report.Severity.ERROR;
import static dev.deploytrack.report.Severity.WARNING;

import dev.deploytrack.report.Rule;
import java.util.List;

/** Token budgets: configured budgets (70%/90% warn, 100% fails) and the Agent Skills specification's guidance. */
public final class TokenRules {

    public static final Rule BUDGET = Rule.of("token-budget", ERROR,
            "text is within its token budget",
            "A file matching a tokens.files budget (for SKILL.md: its body) or the always-loaded context (every "
                    + "instruction file plus the name and description of every skill) has reached 100% of its "
                    + "budget. The finding points at the line where the budget is crossed. Keep 20% headroom.");
    public static final Rule BUDGET_WARNING = Rule.of("token-budget-warning", WARNING,
            "text is below the warning thresholds of its token budget",
            "A budgeted text has reached a warning threshold (tokens.thresholds, default 70% and 90%) of its "
                    + "budget. The finding points at the line where the threshold is crossed.");
    public static final Rule SKILL_BODY = Rule.of("skill-body-tokens", WARNING,
            "skill body is under 5,000 tokens",
            "The Agent Skills specification recommends keeping the SKILL.md body, which loads whenever the skill "
                    + "triggers, under 5,000 tokens (tokens.skill-body) and moving detail into referenced files. "
                    + "Not checked for skills a tokens.files budget covers.");
    public static final Rule SKILL_METADATA = Rule.of("skill-metadata-tokens", WARNING,
            "name and description are about 100 tokens",
            "The name and description of every skill are loaded into every conversation; the specification "
                    + "budgets about 100 tokens for them (tokens.skill-metadata).");

    public static final List<Rule> ALL = List.of(BUDGET, BUDGET_WARNING, SKILL_BODY, SKILL_METADATA);

    private TokenRules() {
    }
}
