package dev.deploytrack.drift;

import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.yaml.YamlMappingReader;
import dev.deploytrack.yaml.YamlNodes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code drift:} section of {@code deploytrack.yml}: how long agents may lag behind the code before {@code drift}
 * fails, overall and per environment (production defaults to one hour, the others to no limit); the name of the
 * application's component; and, for an agent whose files discovery cannot tell, the paths that make it up.
 *
 * @param maxAge       the limit for every environment without its own, or {@code null}
 * @param environments each environment's own limit
 * @param component    the component whose deployments are the application's ({@code app})
 * @param agentPaths   an agent's files, relative to the project's directory, replacing what discovery finds
 * @param lines        where each of {@code environments} is in deploytrack.yml ({@code file:line}), for messages
 */
public record DriftSettings(Duration maxAge, Map<String, Duration> environments, String component,
                            Map<String, List<String>> agentPaths, Map<String, String> lines) {

    /** The limit of the production environment when nothing is configured. */
    public static final Duration DEFAULT_PRODUCTION_MAX_AGE = Duration.ofHours(1);
    public static final String DEFAULT_COMPONENT = "app";

    public DriftSettings {
        environments = Map.copyOf(environments);
        agentPaths = Map.copyOf(agentPaths);
        lines = Map.copyOf(lines);
    }

    public DriftSettings(Duration maxAge, Map<String, Duration> environments, String component,
                         Map<String, List<String>> agentPaths) {
        this(maxAge, environments, component, agentPaths, Map.of());
    }

    public static DriftSettings defaults() {
        return new DriftSettings(null, Map.of(), DEFAULT_COMPONENT, Map.of());
    }

    /**
     * The environments {@code drift.environments} names that {@code registry.environments} does not have: each
     * section is read on its own, so the two are compared when drift runs, with the line of each name.
     */
    public List<String> unknownEnvironments(RegistrySettings registry) {
        List<String> unknown = new ArrayList<>();
        for (String name : environments.keySet()) {
            if (!registry.environments().contains(name)) {
                unknown.add(lines.getOrDefault(name, "deploytrack.yml") + ": drift.environments names '" + name
                        + "', which is not one of registry.environments " + registry.environments());
            }
        }
        unknown.sort(null);
        return unknown;
    }

    /**
     * The limit of {@code environment}: its own, else {@code drift.max-age}, else one hour for production; empty
     * when drift there is reported but never fails.
     */
    public Optional<Duration> maxAge(String environment, RegistrySettings registry) {
        Duration own = environments.get(environment);
        if (own != null) {
            return Optional.of(own);
        }
        if (maxAge != null) {
            return Optional.of(maxAge);
        }
        return registry.isProduction(environment) ? Optional.of(DEFAULT_PRODUCTION_MAX_AGE) : Optional.empty();
    }

    /** Binds the {@code drift:} mapping; mistakes are reported on the reader with their line. */
    public static DriftSettings bind(YamlMappingReader drift) {
        Duration maxAge = duration(drift, "max-age");
        Map<String, Duration> environments = new LinkedHashMap<>();
        Map<String, String> lines = new LinkedHashMap<>();
        drift.mapping("environments").ifPresent(mapping -> {
            for (String name : mapping.keys()) {
                mapping.keyNode(name).ifPresent(node -> lines.put(name, mapping.fileName() + ":"
                        + YamlNodes.line(node, 1)));
                mapping.mapping(name).ifPresent(entry -> {
                    Duration value = duration(entry, "max-age");
                    if (value != null) {
                        environments.put(name, value);
                    }
                });
            }
        });
        String component = drift.string("component", DEFAULT_COMPONENT);
        if (!component.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            drift.problem("component", drift.qualified("component") + " must be lowercase letters, digits, '.', '_' "
                    + "or '-', not '" + component + "'");
            component = DEFAULT_COMPONENT;
        }
        Map<String, List<String>> agentPaths = new LinkedHashMap<>();
        drift.mapping("agents").ifPresent(mapping -> {
            for (String id : mapping.keys()) {
                mapping.mapping(id).ifPresent(entry -> {
                    List<String> paths = new ArrayList<>();
                    for (String path : entry.stringList("paths")) {
                        if (inside(path)) {
                            paths.add(path.replace('\\', '/'));
                        } else {
                            entry.problem("paths", "'" + path + "' in " + entry.qualified("paths") + " must be a "
                                    + "path inside the project, relative to its directory");
                        }
                    }
                    if (paths.isEmpty()) {
                        entry.problem("paths", entry.qualified("paths") + " needs at least one path");
                    } else {
                        agentPaths.put(id, paths);
                    }
                });
            }
        });
        return new DriftSettings(maxAge, environments, component, agentPaths, lines);
    }

    private static Duration duration(YamlMappingReader reader, String key) {
        String text = reader.string(key, null);
        if (text == null) {
            return null;
        }
        Optional<Duration> parsed = Durations.parse(text);
        if (parsed.isEmpty()) {
            reader.problem(key, reader.qualified(key) + " must be a duration such as 0, 30m, 1h, 2d or 1w, not '"
                    + text + "'");
            return null;
        }
        return parsed.get();
    }

    private static boolean inside(String path) {
        if (path.isBlank() || path.startsWith("/") || path.startsWith("\\") || path.contains("\n")) {
            return false;
        }
        try {
            Path normalized = Path.of(path).normalize();
            return !normalized.isAbsolute() && !normalized.startsWith("..") && !normalized.toString().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
