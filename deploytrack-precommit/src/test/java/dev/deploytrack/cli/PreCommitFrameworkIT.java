package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real pre-commit framework (Debian's pre-commit package, installed by .ci/run) runs deploytrack from a hook
 * repository holding this project's .pre-commit-hooks.yaml and launcher.
 */
class PreCommitFrameworkIT {

    @TempDir
    Path dir;

    /** Absent, the command cannot even start: that is "not installed", not an error of this test. */
    private static boolean isInstalled() throws InterruptedException {
        try {
            return new ProcessBuilder("pre-commit", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void thePreCommitFrameworkRunsTheHook() throws Exception {
        boolean required = "1".equals(System.getenv("DEPLOYTRACK_REQUIRE_PRECOMMIT"));
        boolean available = isInstalled();
        if (required) {
            assertTrue(available, "pre-commit is required (DEPLOYTRACK_REQUIRE_PRECOMMIT=1) but not installed");
        }
        assumeTrue(available, "pre-commit is not installed; .ci/run installs it");

        GitRepo hooks = GitRepo.init(dir.resolve("hook-repo"));
        Files.copy(Path.of(System.getProperty("deploytrack.hooksFile")),
                hooks.root().resolve(".pre-commit-hooks.yaml"));
        Files.createDirectories(hooks.root().resolve("bin"));
        Files.copy(Path.of(System.getProperty("deploytrack.launcher")), hooks.root().resolve("bin/deploytrack"),
                StandardCopyOption.COPY_ATTRIBUTES);
        hooks.add(".").commit("hooks");
        String rev = hooks.git("rev-parse", "HEAD").strip();

        GitRepo repo = GitRepo.init(dir.resolve("repo")).write(".pre-commit-config.yaml", """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: deploytrack
                """.formatted(hooks.root(), rev));
        Map<String, String> env = Map.of(
                "PRE_COMMIT_HOME", dir.resolve("pre-commit-home").toString(),
                "DEPLOYTRACK_JAR", System.getProperty("deploytrack.jar"),
                "DEPLOYTRACK_CACHE", dir.resolve("cache").toString());
        GitRepo.Result install = repo.run(env, "pre-commit", "install");
        assertEquals(0, install.exit(), install.output());

        repo.write("skills/pdf/SKILL.md", "---\nname: pdf-tools\ndescription: Reads PDFs.\n---\n").add(".");
        GitRepo.Result blocked = repo.run(env, "git", "commit", "-m", "skill");
        assertNotEquals(0, blocked.exit(), blocked.output());
        assertTrue(blocked.output().contains("deploytrack (agent configuration)"), blocked.output());
        assertTrue(blocked.output().contains("Failed"), blocked.output());
        assertTrue(blocked.output().contains("skill name 'pdf-tools' does not match its directory 'pdf'"),
                blocked.output());

        repo.write("skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs.\n---\n").add(".");
        GitRepo.Result passed = repo.run(env, "git", "commit", "-m", "skill");
        assertEquals(0, passed.exit(), passed.output());
        assertTrue(passed.output().contains("Passed"), passed.output());

        // A broken skill committed past the hook, then 'pre-commit run --all-files' with nothing staged: the
        // framework names every tracked file, and the hook checks them in the working tree.
        repo.write("skills/csv/SKILL.md", "---\nname: csv-tools\ndescription: Reads CSV.\n---\n").add(".");
        assertEquals(0, repo.run(env, "git", "commit", "--no-verify", "-m", "bypass").exit());
        GitRepo.Result all = repo.run(env, "pre-commit", "run", "--all-files");
        assertNotEquals(0, all.exit(), all.output());
        assertTrue(all.output().contains("skills/csv/SKILL.md:2:7: error: skill name 'csv-tools' does not match "
                + "its directory 'csv'"), all.output());
        GitRepo.Result one = repo.run(env, "pre-commit", "run", "--files", "skills/pdf/SKILL.md");
        assertEquals(0, one.exit(), "only the named file is checked: " + one.output());
        Launchers.waitForTraining(dir.resolve("cache"));
    }
}
