package dev.deploytrack.check;

import dev.deploytrack.report.Rule;

/** A {@link FileRule} holding its {@link Rule}: rule classes extend this and implement the check. */
public abstract class BaseRule<T> implements FileRule<T> {

    private final Rule rule;

    protected BaseRule(Rule rule) {
        this.rule = rule;
    }

    @Override
    public final Rule rule() {
        return rule;
    }
}
