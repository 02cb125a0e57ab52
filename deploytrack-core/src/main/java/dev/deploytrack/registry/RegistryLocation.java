package dev.deploytrack.registry;

import java.util.Map;

/**
 * Which registry a command uses, and who named it: the operator (the front door's own option, {@code --registry} or
 * the goal's {@code registry} parameter, then the {@value RegistryService#REGISTRY_VARIABLE} variable), or the
 * repository ({@code registry.url}, then {@code registry.path}, in deploytrack.yml). First found wins.
 *
 * <p>Who named it decides where a secret from the environment may go. deploytrack.yml is a file of the repository:
 * a pull request can change it, and CI runs the pull request's checkout with the CI's own variables. A database
 * named only there must therefore never receive {@code PGPASSWORD}, or a pull request that points
 * {@code registry.url} at its own host would collect the CI's password. Such a database gets the password the
 * PostgreSQL driver finds for its host, port, database and user in {@code ~/.pgpass} (or {@code PGPASSFILE}), a
 * file that is the operator's and names the host a password belongs to, or none.
 *
 * @param value    a {@code jdbc:postgresql:} URL, a file path, or {@code null} for the configured
 *                 {@code registry.path}
 * @param operator whether the operator named it (an option or the environment), rather than the repository
 */
public record RegistryLocation(String value, boolean operator) {

    /**
     * The registry by precedence: {@code option} (the front door's own), the {@value RegistryService#REGISTRY_VARIABLE}
     * variable, then {@code registry.url} from the repository's settings; {@code null} value: {@code registry.path}.
     */
    public static RegistryLocation resolve(String option, Map<String, String> environment, RegistrySettings settings) {
        if (option != null && !option.isBlank()) {
            return new RegistryLocation(option, true);
        }
        String variable = environment.get(RegistryService.REGISTRY_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new RegistryLocation(variable, true);
        }
        return new RegistryLocation(settings.url(), false);
    }

    /** Whether this is a PostgreSQL database ({@code jdbc:postgresql:...}) rather than a file. */
    public boolean isDatabase() {
        return PostgresLocation.isUrl(value);
    }
}
