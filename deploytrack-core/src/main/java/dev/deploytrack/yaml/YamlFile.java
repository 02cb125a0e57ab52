package dev.deploytrack.yaml;

import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.InputFiles;
import dev.deploytrack.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one of deploytrack's own YAML input files into a {@link YamlMappingReader}, collecting every problem found
 * while the caller binds it, so a user sees all mistakes of a file at once.
 */
public final class YamlFile {

    private final String displayName;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private YamlFile(String displayName) {
        this.displayName = displayName;
    }

    /**
     * Parses the file at {@code file} when it is there, whose root must be a mapping. An empty file is an empty
     * mapping. Read through {@link InputFiles}: a regular file inside {@code root} of at most
     * {@link InputFiles#CONFIG_LIMIT}.
     *
     * @param root        the directory a symbolic link must not leave, or {@code null} for a file the user named
     * @param displayName how messages name the file (relative to the repository root)
     * @param what        what the file is, for messages ("the configuration")
     * @return empty when nothing is at the path
     */
    public static Optional<YamlFile.Binding> openIfPresent(Path root, Path file, String displayName, String what)
            throws ConfigException {
        Optional<byte[]> bytes;
        try {
            bytes = InputFiles.readIfPresent(root, file, displayName, what, InputFiles.CONFIG_LIMIT);
        } catch (InputFileException e) {
            throw new ConfigException(problem(e));
        }
        return bytes.isEmpty() ? Optional.empty() : Optional.of(parse(SourceText.decode(bytes.get()).text(),
                displayName));
    }

    /** An input file that cannot be read, as a configuration problem on its first line. */
    public static ConfigProblem problem(InputFileException e) {
        return new ConfigProblem(e.file(), 1, 1, e.getMessage() + (e.hint() == null ? "" : "; " + e.hint()));
    }

    /** Parses YAML text whose root must be a mapping. */
    public static YamlFile.Binding parse(String text, String displayName) throws ConfigException {
        YamlFile yamlFile = new YamlFile(displayName);
        Optional<Node> root;
        try {
            root = SafeYaml.parse(text, 1);
        } catch (YamlSyntaxException e) {
            throw new ConfigException(new ConfigProblem(displayName, e.line(), e.column(),
                    "invalid YAML: " + e.problem()));
        }
        if (root.isPresent() && !(root.get() instanceof MappingNode)) {
            Node node = root.get();
            if (!YamlNodes.isNull(node)) {
                throw new ConfigException(new ConfigProblem(displayName, YamlNodes.line(node, 1),
                        YamlNodes.column(node), "the file must be a YAML mapping of keys to values, but it is "
                        + YamlNodes.describeKind(node)));
            }
        }
        MappingNode mapping = root.filter(MappingNode.class::isInstance).map(MappingNode.class::cast).orElse(null);
        return new Binding(yamlFile, new YamlMappingReader(yamlFile, mapping, null));
    }

    String displayName() {
        return displayName;
    }

    void problem(Node node, String message) {
        problems.add(new ConfigProblem(displayName, node == null ? 1 : YamlNodes.line(node, 1),
                node == null ? 1 : YamlNodes.column(node), message));
    }

    /** The root reader of a parsed file, and the file's collected problems. */
    public record Binding(YamlFile file, YamlMappingReader root) {

        /** Reports unknown keys everywhere that was read and throws if anything was wrong. */
        public void finish() throws ConfigException {
            root.finishAll();
            if (!file.problems.isEmpty()) {
                throw new ConfigException(file.problems);
            }
        }

        public List<ConfigProblem> problems() {
            return List.copyOf(file.problems);
        }
    }
}
