package dev.deploytrack.config;

import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;

/** Rules about deploytrack.yml itself that a run reports as findings rather than refusing the file. */
public final class ConfigRules {

    public static final Rule RULE_RETIRED = Rule.of("config-rule-retired", Severity.WARNING,
            "deploytrack.yml names current rule ids",
            "deploytrack.yml names a rule id that was retired (split or renamed). Its setting still applies to the "
                    + "rules that replaced it, and the message names them: write those ids instead.");

    public static final List<Rule> ALL = List.of(RULE_RETIRED);

    private ConfigRules() {
    }
}
