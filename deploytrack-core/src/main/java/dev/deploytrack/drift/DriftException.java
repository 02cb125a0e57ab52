package dev.deploytrack.drift;

import dev.deploytrack.wording.Message;

/**
 * Drift cannot be told: not a git repository, a shallow clone missing the commits it compares, an unknown project or
 * revision. Front doors print the problem and the hint and exit with status 2 (a usage or I/O error), never 1: a
 * drift that cannot be computed is not a finding.
 */
public final class DriftException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message problem;
    private final transient Message hint;

    public DriftException(String problem, String hint) {
        this(Message.text(problem), hint == null ? null : Message.text(hint));
    }

    public DriftException(Message problem, Message hint) {
        super(problem.toString());
        this.problem = problem;
        this.hint = hint;
    }

    public Message problem() {
        return problem;
    }

    /** What to do, or {@code null}. */
    public Message hint() {
        return hint;
    }
}
