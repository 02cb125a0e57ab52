package dev.deploytrack.cli;

import dev.deploytrack.yaml.SafeYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A GitHub workflow of this repository whose {@code run:} steps a test runs as GitHub runs them: the script of a
 * named step, in the job's working directory, with the workflow's and the job's {@code env:} and GitHub's shell
 * ({@code bash --noprofile --norc -eo pipefail}). The {@code ${{ ... }}} expressions in them are replaced by the
 * values the test gives for each; one the test did not give fails the test rather than running with a guess.
 */
final class GitHubWorkflow {

    /** The repository's root, found from the launcher's path the build passes in (bin/ beside .github/). */
    static final Path REPOSITORY = Path.of(System.getProperty("deploytrack.launcher", "../bin/deploytrack"))
            .toAbsolutePath().normalize().getParent().getParent();
    /** The registry script the templates call, which a test copies into the repository it stands up. */
    static final Path REGISTRY_SCRIPT = REPOSITORY.resolve("templates/deploytrack-registry.sh");
    static final String JAR = Path.of(System.getProperty("deploytrack.jar", "target/deploytrack.jar"))
            .toAbsolutePath().toString();

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");

    private final Node root;
    private final Map<String, String> expressions;

    /**
     * @param file        the workflow, relative to the repository's root
     * @param expressions each expression's value, by its text between {@code ${{ }}} (e.g. {@code github.run_id})
     */
    GitHubWorkflow(String file, Map<String, String> expressions) {
        try {
            this.root = SafeYaml.parse(Files.readString(REPOSITORY.resolve(file)), 1).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(file + " is not valid YAML: " + e.getMessage(), e);
        }
        this.expressions = expressions;
    }

    /**
     * deploytrack's own stage-gate workflow, with the expressions its run scripts use filled in: the project's
     * directory (the {@code path} input), no {@code DEPLOYTRACK_REGISTRY} secret (the file registry), and the run id.
     */
    static GitHubWorkflow stageGates(String projectPath, String runId) {
        return new GitHubWorkflow(".github/workflows/agent-stage-gates.yml", Map.of("inputs.path || '.'", projectPath,
                "secrets.DEPLOYTRACK_REGISTRY", "", "github.run_id", runId));
    }

    /** The run script of the job's step with this name, as it runs in {@code workspace}. */
    String run(String job, String step, Path workspace) {
        for (Node candidate : ((SequenceNode) value(job(job), "steps")).getValue()) {
            if (value(candidate, "name") instanceof ScalarNode name && name.getValue().equals(step)) {
                return substitute(((ScalarNode) value(candidate, "run")).getValue(), workspace);
            }
        }
        throw new AssertionError("no step '" + step + "' in the job " + job);
    }

    /** The workflow's env, then the job's over it, as they are in {@code workspace}. */
    Map<String, String> env(String job, Path workspace) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Node mapping : new Node[] {value(root, "env"), value(job(job), "env")}) {
            if (mapping != null) {
                for (NodeTuple tuple : ((MappingNode) mapping).getValue()) {
                    env.put(((ScalarNode) tuple.getKeyNode()).getValue(),
                            substitute(((ScalarNode) tuple.getValueNode()).getValue(), workspace));
                }
            }
        }
        return env;
    }

    /**
     * Runs the step in {@code workspace} (GitHub's working directory for a step) with the job's env, the given
     * variables over it (GitHub's own, such as GITHUB_SHA), and GitHub's shell for run steps.
     */
    GitRepo.Result runStep(GitRepo workspace, String job, String step, Map<String, String> variables) {
        Path script;
        try {
            script = Files.createTempFile("step-", ".sh");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return workspace.run(Map.of(), "bash", "--noprofile", "--norc", "-eo", "pipefail",
                    writeStep(workspace, job, step, variables, script).toString());
        } finally {
            script.toFile().delete();
        }
    }

    /**
     * Writes the step as a script that runs on its own (for a hook, say): its variables exported, then, in the
     * workspace, the step's run script. Run it with {@code bash --noprofile --norc -eo pipefail FILE}.
     */
    Path writeStep(GitRepo workspace, String job, String step, Map<String, String> variables, Path file) {
        Map<String, String> env = new LinkedHashMap<>(env(job, workspace.root()));
        env.put("GITHUB_WORKSPACE", workspace.root().toString());
        env.putAll(variables);
        StringBuilder text = new StringBuilder();
        env.forEach((name, value) -> text.append("export ").append(name).append('=').append(quoted(value))
                .append('\n'));
        text.append("cd ").append(quoted(workspace.root().toString())).append('\n');
        text.append(run(job, step, workspace.root()));
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /**
     * What a GitHub job's first steps leave in {@code directory}: a clone of {@code origin} with the commit checked
     * out detached (actions/checkout with {@code ref: ${{ github.sha }}}), and the deploytrack jar where the
     * workflows' download step puts it ({@code tools/deploytrack-precommit/target/deploytrack.jar}).
     */
    static GitRepo checkout(Path origin, Path directory, String commit) {
        GitRepo clone = new GitRepo(directory.getParent());
        clone.git("clone", "-q", origin.toString(), directory.toString());
        GitRepo workspace = new GitRepo(directory);
        workspace.git("checkout", "-q", "--detach", commit);
        try {
            Path jar = directory.resolve("tools/deploytrack-precommit/target/deploytrack.jar");
            Files.createDirectories(jar.getParent());
            placeJar(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workspace;
    }

    /** The built jar at {@code target}: a hard link where the file system allows one, else a copy. */
    static void placeJar(Path target) throws IOException {
        try {
            Files.createLink(target, Path.of(JAR));
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(Path.of(JAR), target);
        }
    }

    private Node job(String job) {
        Node node = value(value(root, "jobs"), job);
        if (node == null) {
            throw new AssertionError("no job " + job);
        }
        return node;
    }

    /** The text with each expression replaced; {@code github.workspace} is the workspace the step runs in. */
    private String substitute(String text, Path workspace) {
        Matcher matcher = EXPRESSION.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(1).equals("github.workspace") ? workspace.toString()
                    : expressions.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError("the test gives no value for ${{ " + matcher.group(1) + " }}");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(result).toString();
    }

    /** The value of a key of a mapping, or {@code null}. */
    static Node value(Node mapping, String key) {
        if (!(mapping instanceof MappingNode map)) {
            return null;
        }
        for (NodeTuple tuple : map.getValue()) {
            if (((ScalarNode) tuple.getKeyNode()).getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }
}
