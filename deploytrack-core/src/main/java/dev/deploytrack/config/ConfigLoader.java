package dev.deploytrack.config;

import dev.deploytrack.check.Sizes;
import dev.deploytrack.feature.Features;
import dev.deploytrack.feature.Section;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import dev.deploytrack.yaml.Suggestions;
import dev.deploytrack.yaml.YamlFile;
import dev.deploytrack.yaml.YamlMappingReader;
import dev.deploytrack.yaml.YamlNodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code deploytrack.yml}. Strict about what it accepts: an unknown key, a value of the wrong type or an
 * unknown rule id is a {@link ConfigException} naming the line, and every mistake in the file is reported at once.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    /**
     * Loads the configuration of the repository at {@code root}.
     *
     * @param configFile an explicit file, or {@code null} for {@code deploytrack.yml} at the root (defaults when
     *                   that file does not exist; an explicit file must exist)
     */
    public static DeploytrackConfig load(Path root, Path configFile) throws ConfigException {
        Path file = configFile != null ? configFile : root.resolve(DeploytrackConfig.FILE_NAME);
        String displayName = file.toAbsolutePath().startsWith(root.toAbsolutePath())
                ? root.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/')
                : file.toString();
        // The repository's own deploytrack.yml must stay inside it; a file named explicitly may be anywhere.
        Optional<YamlFile.Binding> opened = YamlFile.openIfPresent(configFile != null ? null : root, file,
                displayName, "the configuration");
        if (opened.isEmpty()) {
            if (configFile != null) {
                throw new ConfigException(new ConfigProblem(displayName, 1, 1,
                        "the configuration file does not exist"));
            }
            return DeploytrackConfig.defaults();
        }
        YamlFile.Binding binding = opened.get();
        DeploytrackConfig config = bind(binding.root());
        binding.finish();
        return config;
    }

    /** Parses configuration text (tests, and the pre-commit hook reading the staged deploytrack.yml). */
    public static DeploytrackConfig parse(String yaml, String displayName) throws ConfigException {
        YamlFile.Binding binding = YamlFile.parse(yaml, displayName);
        DeploytrackConfig config = bind(binding.root());
        binding.finish();
        return config;
    }

    private static DeploytrackConfig bind(YamlMappingReader root) {
        List<Deprecation> deprecations = new ArrayList<>();
        DeploytrackConfig.Builder builder = DeploytrackConfig.builder()
                .strict(root.bool("strict", false))
                .failOnWarning(root.bool("fail-on-warning", false))
                .excludes(root.globList("exclude"))
                .maxDepth((int) root.integer("max-depth", DirectoryWorkspace.DEFAULT_MAX_DEPTH, 1, 1000))
                .maxFileSize(size(root, "max-file-size", DeploytrackConfig.DEFAULT_MAX_FILE_SIZE))
                .ruleOverrides(rules(root, deprecations))
                .deprecations(deprecations);
        for (Section<?> section : Features.sections().values()) {
            root.mapping(section.key()).ifPresent(mapping -> bindSection(builder, section, mapping));
        }
        return builder.build();
    }

    private static <T> void bindSection(DeploytrackConfig.Builder builder, Section<T> section,
                                        YamlMappingReader mapping) {
        builder.section(section, section.bind(mapping));
    }

    /**
     * {@code rules: {rule-id: off|note|warning|error}}; {@code false} also switches a rule off. A retired id sets its
     * successors (unless the file sets them itself, which wins) and adds a deprecation naming them.
     */
    private static Map<String, Optional<Severity>> rules(YamlMappingReader root, List<Deprecation> deprecations) {
        Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
        Map<String, Optional<Severity>> inherited = new LinkedHashMap<>();
        Optional<YamlMappingReader> rules = root.mapping("rules");
        if (rules.isEmpty()) {
            return overrides;
        }
        YamlMappingReader mapping = rules.get();
        for (String id : mapping.keys()) {
            Node value = mapping.node(id).orElseThrow();
            Optional<Rule> rule = RuleCatalog.find(id);
            Optional<RetiredRule> retired = RuleCatalog.retired(id);
            if (rule.isEmpty() && retired.isEmpty()) {
                String suggestion = Suggestions.closest(id, RuleCatalog.all().stream().map(Rule::id).toList(), 3);
                mapping.problem(mapping.keyNode(id).orElse(value), "unknown rule '" + id + "'"
                        + (suggestion == null ? "; docs/rules.md lists every rule" : "; did you mean '"
                        + suggestion + "'?"));
                continue;
            }
            Optional<Optional<Severity>> setting = setting(mapping, id, value);
            if (setting.isEmpty()) {
                continue;
            }
            if (retired.isPresent()) {
                Node key = mapping.keyNode(id).orElse(value);
                deprecations.add(new Deprecation(mapping.fileName(), YamlNodes.line(key, 1), YamlNodes.column(key),
                        retired.get().deprecation("rules." + id)));
                retired.get().successors().forEach(successor -> inherited.put(successor, setting.get()));
                continue;
            }
            overrides.put(id, setting.get());
        }
        inherited.forEach(overrides::putIfAbsent);
        return overrides;
    }

    /** One rule's setting: a severity, or an empty severity for off; empty when the value is a mistake. */
    private static Optional<Optional<Severity>> setting(YamlMappingReader mapping, String id, Node value) {
        String text = YamlNodes.scalarText(value);
        if ("false".equals(text) || "off".equalsIgnoreCase(String.valueOf(text))) {
            return Optional.of(Optional.empty());
        }
        Optional<Severity> severity = YamlNodes.isString(value) ? Severity.parse(text) : Optional.empty();
        if (severity.isEmpty()) {
            mapping.problem(value, "rules." + id + " must be off, note, warning or error, not '" + text + "'");
            return Optional.empty();
        }
        return Optional.of(severity);
    }

    /** A size such as {@code 512KB} or {@code 10MB} under {@code key}; mistakes are reported on the reader. */
    public static long size(YamlMappingReader reader, String key, long defaultValue) {
        Optional<Node> node = reader.node(key);
        if (node.isEmpty() || YamlNodes.isNull(node.get())) {
            return defaultValue;
        }
        Optional<Long> size = Optional.ofNullable(YamlNodes.scalarText(node.get())).flatMap(Sizes::parse);
        if (size.isEmpty() || size.get() <= 0) {
            reader.problem(node.get(), reader.qualified(key) + " must be a size such as 512KB or 10MB, not '"
                    + YamlNodes.scalarText(node.get()) + "'");
            return defaultValue;
        }
        return size.get();
    }
}
