package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * templates/deploytrack-registry.sh on its own, where the workflows do not reach: with PostgreSQL it runs the command
 * as given and touches no git; a usage error or a branch that cannot be fetched stops it with exit 2 before anything
 * runs (and a token in the remote's URL is not printed); a read passes the command's status on and leaves no
 * worktree behind.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RegistryScriptIT {

    @TempDir
    Path temp;

    private static GitRepo.Result script(GitRepo directory, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", GitHubWorkflow.REGISTRY_SCRIPT.toString()));
        command.addAll(List.of(args));
        return directory.run(env, command.toArray(String[]::new));
    }

    /** The arguments the command was given, one a line, so a test sees whether --registry was added. */
    private static final String[] ECHO = {"--", "sh", "-c", "printf '[%s]\\n' \"$@\"; exit 3", "cmd", "a b"};

    private GitRepo repository() throws Exception {
        GitRepo seed = GitRepo.init(temp.resolve("seed")).write("README.md", "x\n").add(".").commit("seed");
        seed.git("clone", "-q", "--bare", seed.root().toString(), temp.resolve("origin.git").toString());
        GitRepo clone = new GitRepo(temp);
        clone.git("clone", "-q", temp.resolve("origin.git").toString(), temp.resolve("clone").toString());
        Files.createDirectories(temp.resolve("clone/project"));
        return new GitRepo(temp.resolve("clone/project"));
    }

    @Test
    void withPostgresqlTheCommandRunsAsGivenOutsideAnyRepository() throws Exception {
        GitRepo nowhere = new GitRepo(Files.createDirectories(temp.resolve("not-a-repository")));
        for (String mode : List.of("read", "record")) {
            GitRepo.Result result = script(nowhere, Map.of("DEPLOYTRACK_REGISTRY", "jdbc:postgresql://db/x"), concat(
                    mode, ECHO));
            assertEquals(3, result.exit(), result.output());
            assertEquals("[a b]\n", result.output(), "no --registry added, nothing fetched");
        }
    }

    @Test
    void aReadRunsAgainstTheTipsRegistryPassesTheStatusOnAndLeavesNoWorktree() throws Exception {
        GitRepo project = repository();
        GitRepo.Result result = script(project, Map.of("DEPLOYTRACK_REGISTRY", ""), concat("read", ECHO));
        assertEquals(3, result.exit(), result.output());
        String tip = project.git("rev-parse", "origin/main").strip().substring(0, 12);
        assertTrue(result.output().startsWith("deploytrack-registry: deployments/registry.json on main at " + tip
                + ", fetched now\n"), result.output());
        String[] lines = result.output().substring(result.output().indexOf('\n') + 1).split("\n");
        assertEquals("[a b]", lines[0]);
        assertEquals("[--registry]", lines[1]);
        assertTrue(lines[2].endsWith("/project/deployments/registry.json]"), "the project's prefix kept: " + lines[2]);
        assertFalse(lines[2].startsWith("[" + project.root()), "not the checkout's registry: " + lines[2]);
        assertEquals(1, project.git("worktree", "list").strip().split("\n").length, project.git("worktree", "list"));
    }

    @Test
    void aBranchThatCannotBeFetchedStopsBeforeTheCommandRuns() throws Exception {
        GitRepo project = repository();
        List<String> args = new ArrayList<>(List.of("read", "--branch", "releases"));
        args.addAll(List.of(ECHO));
        GitRepo.Result result = script(project, Map.of(), args.toArray(String[]::new));
        assertEquals(2, result.exit(), result.output());
        assertTrue(result.output().contains("cannot fetch the branch releases"), result.output());
        assertFalse(result.output().contains("[a b]"), "the command did not run: " + result.output());

        // A remote with a token (as the GitLab template pushes) that cannot be reached: nobody listens on port 9.
        List<String> withToken = new ArrayList<>(List.of("record", "--remote",
                "https://oauth2:glpat-sekret@127.0.0.1:9/shop/agents.git"));
        withToken.addAll(List.of(ECHO));
        GitRepo.Result unreachable = script(project, Map.of(), withToken.toArray(String[]::new));
        assertEquals(2, unreachable.exit(), unreachable.output());
        assertTrue(unreachable.output().contains("cannot fetch the branch main"), unreachable.output());
        assertFalse(unreachable.output().contains("glpat-sekret"), "the token is never printed: "
                + unreachable.output());
    }

    @Test
    void aUsageErrorStopsWithExit2() throws Exception {
        GitRepo project = repository();
        for (String[] args : List.of(new String[] {"write", "--", "true"}, new String[] {"read", "true"},
                new String[] {"record", "--attempts", "0", "--", "true"}, new String[] {"read", "--"},
                new String[] {"read", "--colour", "x", "--", "true"})) {
            GitRepo.Result result = script(project, Map.of(), args);
            assertEquals(2, result.exit(), String.join(" ", args) + ": " + result.output());
            assertTrue(result.output().startsWith("usage: deploytrack-registry.sh"), result.output());
        }
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
