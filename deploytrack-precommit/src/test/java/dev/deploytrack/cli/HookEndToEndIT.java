package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed hook, run by real {@code git commit}s through the launcher and the built jar. */
class HookEndToEndIT {

    private static final String GOOD = "---\nname: pdf\ndescription: Reads PDFs. Use for PDFs.\n---\n";
    private static final String BAD = "---\nname: pdf\ndescription: Reads PDFs. Use when: PDFs\n---\n";

    @TempDir
    Path dir;

    private GitRepo repo;
    private Map<String, String> env;

    /**
     * The launcher trains its archive in the background after the first run; wait for that JVM before the temporary
     * directory holding its cache is deleted, or the clean-up races it.
     */
    @AfterEach
    void waitForBackgroundTraining() throws Exception {
        Launchers.waitForTraining(dir.resolve("cache"));
    }

    @BeforeEach
    void installHook() {
        repo = GitRepo.init(dir.resolve("repo"));
        env = new HashMap<>();
        env.put("DEPLOYTRACK_CACHE", dir.resolve("cache").toString());
        GitRepo.Result install = repo.run(env, "java", "-jar", System.getProperty("deploytrack.jar"), "install");
        assertEquals(0, install.exit(), install.output());
    }

    private GitRepo.Result commit(Map<String, String> extra, String... options) {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(extra);
        String[] command = new String[options.length + 4];
        command[0] = "git";
        command[1] = "commit";
        command[2] = "-m";
        command[3] = "change";
        System.arraycopy(options, 0, command, 4, options.length);
        return repo.run(all, command);
    }

    @Test
    void stagedProblemBlocksTheCommitAndTheBypassesWork() {
        repo.write("skills/pdf/SKILL.md", BAD).add(".");
        GitRepo.Result blocked = commit(Map.of());
        assertNotEquals(0, blocked.exit());
        assertTrue(blocked.output().contains("skills/pdf/SKILL.md:3:34: error: invalid YAML in frontmatter"),
                blocked.output());
        assertTrue(blocked.output().contains("git commit --no-verify"), blocked.output());
        assertFalse(repo.run(env, "git", "rev-parse", "--verify", "-q", "HEAD").exit() == 0, "nothing committed");

        assertEquals(0, commit(Map.of("DEPLOYTRACK_SKIP", "1")).exit());
        repo.write("skills/pdf/SKILL.md", BAD + "\nmore\n").add(".");
        assertEquals(0, commit(Map.of(), "--no-verify").exit());
    }

    @Test
    void stagedSecretBlocksARealCommit() {
        String password = "Vq7Lm2" + "Xr9Tz4Kp8W";
        repo.write("CLAUDE.md", "# Claude\n\nConnect with postgres://app:" + password + "@db:5432/app\n").add(".");
        GitRepo.Result blocked = commit(Map.of());
        assertNotEquals(0, blocked.exit());
        assertTrue(blocked.output().contains("[database-uri-password]"), blocked.output());
        assertFalse(blocked.output().contains(password), blocked.output());
    }

    @Test
    void cleanCommitGoesThroughWithoutAnyOutputEvenWhileTheArchiveIsBuilt() {
        repo.write("skills/pdf/SKILL.md", GOOD).add(".");
        GitRepo.Result first = commit(Map.of(), "-q");
        assertEquals(0, first.exit(), first.output());
        assertEquals("", first.output(), "no JVM warning, no archive chatter");
        repo.write("AGENTS.md", "# Agents\n").add(".");
        GitRepo.Result second = commit(Map.of(), "-q");
        assertEquals(0, second.exit(), second.output());
        assertEquals("", second.output());
    }

    @Test
    void aCorruptArchiveIsIgnoredSilently() throws Exception {
        repo.write("skills/pdf/SKILL.md", GOOD).add(".");
        assertEquals(0, commit(Map.of(), "-q").exit());
        waitForArchive();
        try (var archives = Files.walk(dir.resolve("cache"))) {
            for (Path archive : archives.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"))
                    .toList()) {
                archive.toFile().setWritable(true);
                Files.writeString(archive, "not an archive");
            }
        }
        repo.write("AGENTS.md", "# Agents\n").add(".");
        GitRepo.Result result = commit(Map.of(), "-q");
        assertEquals(0, result.exit(), result.output());
        assertEquals("", result.output());
    }

    /**
     * The point of the archive: once built, the hook's own classes (the index reader, the staged workspace, the
     * command) load from it, not from the jar, because the training run ran the hook on this repository.
     */
    @Test
    void theHookLoadsItsClassesFromTheArchiveOnceItIsBuilt() throws Exception {
        repo.write("skills/pdf/SKILL.md", GOOD).add(".");
        assertEquals(0, commit(Map.of(), "-q").exit());
        waitForArchive();
        repo.write("AGENTS.md", "# Agents\n").add(".");
        GitRepo.Result result = commit(Map.of("DEPLOYTRACK_JAVA_OPTS", "-Xlog:class+load=info"), "-q");
        assertEquals(0, result.exit(), result.output());
        for (String hookClass : List.of("dev.deploytrack.cli.PreCommitCommand", "dev.deploytrack.git.StagedWorkspace",
                "dev.deploytrack.git.IndexFile", "dev.deploytrack.validate.Validator")) {
            assertTrue(result.output().contains(hookClass + " source: shared objects file"),
                    hookClass + " was not loaded from the archive:\n" + result.output().lines()
                            .filter(line -> line.contains(hookClass + " ")).toList());
        }
    }

    private void waitForArchive() throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.walk(dir.resolve("cache"))) {
                if (files.anyMatch(p -> p.getFileName().toString().matches("app\\.(jsa|aot)"))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the launcher did not build its archive in 10 seconds");
    }
}
