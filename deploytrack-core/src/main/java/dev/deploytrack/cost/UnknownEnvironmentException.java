package dev.deploytrack.cost;

import dev.deploytrack.secrets.SecretRedaction;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.util.List;

/** An environment was asked for by name that the repository does not have; each front door words {@link #problem}. */
public final class UnknownEnvironmentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> known;

    public UnknownEnvironmentException(String name, List<String> known) {
        super(SecretRedaction.redact(problem(name, known).toString()));
        this.name = name;
        this.known = List.copyOf(known);
    }

    /** The environment asked for. */
    public String name() {
        return name;
    }

    /** The environments the repository has. */
    public List<String> known() {
        return known;
    }

    /** What is wrong, naming the setting that asked for the environment. */
    public Message problem() {
        return problem(name, known);
    }

    private static Message problem(String name, List<String> known) {
        return Message.of("unknown environment '" + name + "' (", Message.option(Setting.ENVIRONMENT, name), "); "
                + (known.isEmpty() ? "the repository has none (create " + Environment.DIRECTORY + "/" + name + "/"
                + BudgetLimits.FILE_NAME + ")" : "environments: " + String.join(", ", known)));
    }
}
