package dev.deploytrack.drift;

import dev.deploytrack.git.TestGit;
import dev.deploytrack.registry.Actor;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.ApprovalRequest;
import dev.deploytrack.registry.ComponentDeploymentRequest;
import dev.deploytrack.registry.DeploymentRequest;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistryService;
import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.registry.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fixture git repository built by a test, commit by commit at chosen times, with a registry beside it (outside the
 * repository, so recording a deployment changes no file drift looks at) and a clock the test moves.
 */
public final class DriftRepo {

    static final Instant START = Instant.parse("2026-11-01T09:00:00Z");
    static final Actor CI = Actor.parse("ci:github-actions");
    static final Actor ALICE = Actor.parse("human:alice");

    public final Path root;
    final Path registryFile;
    public final TestClock clock = new TestClock(START);
    public final RegistrySettings settings = RegistrySettings.defaults();
    private final RegistryService service;

    public DriftRepo(Path directory) throws Exception {
        this.root = directory.resolve("repo");
        Files.createDirectories(root);
        this.registryFile = directory.resolve("registry/registry.json");
        git("init", "-q", "-b", "main");
        this.service = RegistryService.open(root, settings, registryFile, clock);
    }

    /** A skill file's text with a version. */
    public static String skill(String name, String version, String body) {
        return "---\nname: " + name + "\ndescription: " + name + " does things. Use when asked.\nmetadata:\n  version: \""
                + version + "\"\n---\n\n" + body + "\n";
    }

    /** Writes the files (a null content deletes) and commits them at the clock's time; returns the commit. */
    public String commit(String message, Map<String, String> files) throws Exception {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            if (file.getValue() == null) {
                Files.deleteIfExists(path);
            } else {
                TestGit.write(root, file.getKey(), file.getValue());
            }
        }
        git("add", "-A");
        return commitStaged(message);
    }

    public String commitStaged(String message) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        git("commit", "-q", "--allow-empty", "-m", message);
        return head();
    }

    public String head() throws Exception {
        return git("rev-parse", "HEAD").strip();
    }

    /** Runs git with the clock's time as author and committer date. */
    public String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.com",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        String date = "@" + clock.instant().getEpochSecond() + " +0000";
        builder.environment().put("GIT_AUTHOR_DATE", date);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + ": " + output);
        }
        return output;
    }

    /** Records agents deployed to an environment from a commit (production approved first by a person). */
    public void deploy(String environment, String commit, String... agents) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        List<AgentVersion> versions = Stream.of(agents).map(AgentVersion::parse).toList();
        if (settings.isProduction(environment)) {
            service.approve(new ApprovalRequest("shop", environment, versions, ALICE, null));
        }
        service.recordDeployment(new DeploymentRequest("shop", null, versions, environment, CI, commit, null, true,
                "fixture"));
    }

    /** Records the application deployed to an environment from a commit. */
    public void deployApp(String environment, String commit) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        service.recordComponent(new ComponentDeploymentRequest("shop", null, "app", null, environment, CI, commit,
                null), false);
    }

    public RegistryService service() {
        return service;
    }

    public Registry registry() throws Exception {
        return service.read();
    }

    DriftReport drift(DriftSettings drift, String target, boolean againstApp, Duration maxAge, String... environments)
            throws Exception {
        return new DriftCheck(GitHistory.open(root), registry(), settings, drift, clock)
                .run(new DriftCheck.Request("shop", "", List.of(environments), target, againstApp, maxAge));
    }

    DriftReport drift(String... environments) throws Exception {
        return drift(DriftSettings.defaults(), null, false, null, environments);
    }

    static DriftReport.Agent agent(DriftReport report, String environment, String id) {
        return report.environments().stream().filter(e -> e.name().equals(environment)).findFirst().orElseThrow()
                .agents().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + environment + ": " + report));
    }
}
