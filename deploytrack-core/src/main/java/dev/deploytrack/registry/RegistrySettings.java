package dev.deploytrack.registry;

import dev.deploytrack.yaml.YamlMappingReader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code registry:} section of {@code deploytrack.yml}: where the registry is, the environments in promotion
 * order, which one is production, where testimonies are copied, and which environment 1.0.0 deployments get when a
 * registry is migrated. Paths are relative to the repository root and may not leave it.
 *
 * @param path              the registry file
 * @param environments      environments in promotion order: a version reaches one only after the one before it
 * @param production        the environment that needs a person's approval and that agents may never touch
 * @param testimonies       the directory testimony files are copied into
 * @param legacyEnvironment the environment given to 1.0.0 deployments on migration
 * @param url               a PostgreSQL registry ({@code jdbc:postgresql://...}, without a password) that replaces the
 *                          file at {@code path}, or {@code null}
 */
public record RegistrySettings(String path, List<String> environments, String production, String testimonies,
                               String legacyEnvironment, String url) {

    public static final String DEFAULT_PATH = "deployments/registry.json";
    public static final List<String> DEFAULT_ENVIRONMENTS = List.of("development", "staging", "production");
    public static final String DEFAULT_PRODUCTION = "production";
    public static final String DEFAULT_TESTIMONIES = "reflection_pool/testimonies";

    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public RegistrySettings {
        environments = List.copyOf(environments);
    }

    public static RegistrySettings defaults() {
        return new RegistrySettings(DEFAULT_PATH, DEFAULT_ENVIRONMENTS, DEFAULT_PRODUCTION, DEFAULT_TESTIMONIES,
                DEFAULT_PRODUCTION, null);
    }

    /** Binds the {@code registry:} mapping; mistakes are reported on the reader with their line. */
    public static RegistrySettings bind(YamlMappingReader registry) {
        RegistrySettings defaults = defaults();
        String path = relativePath(registry, "path", defaults.path());
        String testimonies = relativePath(registry, "testimonies", defaults.testimonies());
        List<String> environments = registry.has("environments")
                ? registry.stringList("environments") : defaults.environments();
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String environment : environments) {
            if (!ENVIRONMENT_NAME.matcher(environment).matches()) {
                registry.problem("environments", "environment '" + environment + "' in " + registry.qualified(
                        "environments") + " must be lowercase letters, digits, '.', '_' or '-'");
            } else if (!unique.add(environment)) {
                registry.problem("environments", "environment '" + environment + "' is listed twice in "
                        + registry.qualified("environments"));
            }
        }
        if (unique.isEmpty()) {
            if (registry.has("environments") && environments.isEmpty()) {
                registry.problem("environments", registry.qualified("environments") + " needs at least one "
                        + "environment, in promotion order");
            }
            unique.addAll(defaults.environments());
        }
        List<String> ordered = List.copyOf(unique);
        String production = known(registry, "production", ordered.get(ordered.size() - 1), ordered);
        String legacy = known(registry, "legacy-environment", production, ordered);
        return new RegistrySettings(path, ordered, production, testimonies, legacy, url(registry));
    }

    /**
     * {@code registry.url}: a PostgreSQL database instead of the file. deploytrack.yml is committed, so the URL may
     * not hold a password; and since a pull request can change it, it is never sent PGPASSWORD either (see
     * {@link RegistryLocation}): its password comes from ~/.pgpass, matched to its host by the driver.
     */
    private static String url(YamlMappingReader registry) {
        String url = registry.string("url", null);
        if (url == null) {
            return null;
        }
        if (!PostgresLocation.isUrl(url)) {
            registry.problem("url", registry.qualified("url") + " must be a PostgreSQL URL, "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=NAME");
            return null;
        }
        if (url.matches("(?s).*[?&]password=.*")) {
            registry.problem("url", registry.qualified("url") + " holds a password, and deploytrack.yml is "
                    + "committed: remove it, and give the password in ~/.pgpass (or the whole URL as the secret "
                    + "DEPLOYTRACK_REGISTRY, with the password in it or in PGPASSWORD); rotate the password if it "
                    + "was committed");
            return null;
        }
        return url;
    }

    /** The environment a version must have reached before {@code environment}, if any. */
    public Optional<String> previous(String environment) {
        int index = environment == null ? -1 : environments.indexOf(environment);
        return index > 0 ? Optional.of(environments.get(index - 1)) : Optional.empty();
    }

    public boolean isProduction(String environment) {
        return production.equals(environment);
    }

    /** Position in the promotion order, for sorting; unknown environments (from old registries) sort last. */
    public int order(String environment) {
        int index = environment == null ? -1 : environments.indexOf(environment); // List.copyOf refuses null
        return index < 0 ? environments.size() : index;
    }

    private static String known(YamlMappingReader registry, String key, String defaultValue, List<String> options) {
        String value = registry.string(key, defaultValue);
        if (!options.contains(value)) {
            registry.problem(key, registry.qualified(key) + " is '" + value + "', which is not one of the "
                    + "environments " + options);
            return defaultValue;
        }
        return value;
    }

    private static String relativePath(YamlMappingReader registry, String key, String defaultValue) {
        String value = registry.string(key, defaultValue);
        Path path;
        try {
            path = Path.of(value).normalize();
        } catch (RuntimeException e) {
            registry.problem(key, registry.qualified(key) + " is not a valid path: '" + value + "'");
            return defaultValue;
        }
        if (value.isBlank() || path.isAbsolute() || value.startsWith("/") || value.startsWith("\\")
                || path.startsWith("..") || path.toString().isEmpty()) {
            registry.problem(key, registry.qualified(key) + " must be a path inside the repository, relative to "
                    + "its root, not '" + value + "'; give another location on the command line (--registry) or "
                    + "as a goal parameter");
            return defaultValue;
        }
        return value;
    }
}
