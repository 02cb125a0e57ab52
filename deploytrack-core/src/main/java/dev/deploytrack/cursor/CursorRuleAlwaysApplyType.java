package dev.deploytrack.cursor;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Locale;

/**
 * {@code alwaysApply} is the bare word {@code true} or {@code false}, as the documentation's table writes it; Cursor
 * reads the line verbatim, so {@code "true"} or {@code yes} is a string that makes the rule inert (skillsaw PR #500,
 * third-party). A warning: the vendor does not document what other values do.
 */
public final class CursorRuleAlwaysApplyType extends BaseRule<MdcRule> {

    public static final Rule RULE = Rule.of("cursor-rule-always-apply-type", Severity.WARNING,
            "alwaysApply is true or false",
            "Cursor's rule types are chosen by 'alwaysApply: true' or 'alwaysApply: false'. Cursor reads the value "
                    + "as written, so '\"true\"', 'yes' or 'True' is not the boolean and the rule is not always "
                    + "applied.");

    public CursorRuleAlwaysApplyType() {
        super(RULE);
    }

    @Override
    public void check(MdcRule rule, CheckContext context) {
        MdcRule.Field always = rule.field("alwaysApply");
        if (always == null || always.value().equals("true") || always.value().equals("false")) {
            return;
        }
        String meant = always.value().replaceAll("[\"']", "").strip().toLowerCase(Locale.ROOT);
        String fix = meant.equals("yes") || meant.equals("on") || meant.equals("true") ? "true" : "false";
        rule.reportValue(context, RULE, always, "'alwaysApply' is '" + always.value() + "', not the bare word true "
                + "or false that Cursor reads", "write alwaysApply: " + fix);
    }
}
