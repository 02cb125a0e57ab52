package dev.deploytrack.check;

import dev.deploytrack.report.Rule;
import java.util.List;

/**
 * One rule as a class, in the manner of a Maven Enforcer rule: its metadata ({@link #rule()}) and its check of one
 * file of kind {@code T}, which a {@link Check} has already read (parsed once for all the rules of that kind). A
 * feature registers its rule classes by listing them; the feature's rules are derived from that list.
 *
 * @param <T> what the rule looks at: a parsed file, or a part of one (the hooks of a settings file)
 */
public interface FileRule<T> {

    /** The rule reported, with its id, default severity and documentation. */
    Rule rule();

    /** Checks {@code file} and reports into {@code context}; never throws for bad input. */
    void check(T file, CheckContext context);

    /** Runs each enabled rule of {@code rules} on {@code file}. */
    static <T> void runAll(List<? extends FileRule<T>> rules, T file, CheckContext context) {
        for (FileRule<T> rule : rules) {
            if (context.isEnabled(rule.rule())) {
                rule.check(file, context);
            }
        }
    }

    /** The rules of {@code rules}, in order (for a feature's {@link dev.deploytrack.feature.Feature#rules()}). */
    static List<Rule> rulesOf(List<? extends FileRule<?>> rules) {
        return rules.stream().map(FileRule::rule).toList();
    }
}
