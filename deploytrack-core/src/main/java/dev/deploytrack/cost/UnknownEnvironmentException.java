package dev.deploytrack.cost;

import dev.deploytrack.secrets.SecretRedaction;
import java.util.List;

/** An environment was asked for by name (--env, -Ddeploytrack.env) that the repository does not have. */
public final class UnknownEnvironmentException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnknownEnvironmentException(String name, List<String> known) {
        super(SecretRedaction.redact("unknown environment '" + name + "'; " + (known.isEmpty()
                ? "the repository has none (create " + Environment.DIRECTORY + "/" + name + "/"
                + BudgetLimits.FILE_NAME + ")"
                : "environments: " + String.join(", ", known))));
    }
}
