package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.secrets.SecretSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook's check on real git repositories: it judges the index, never the working tree. */
class PreCommitCommandTest {

    private static final String GOOD = "---\nname: %s\ndescription: Does things. Use when asked.\n---\nBody\n";
    private static final String BAD = "---\nname: %s\ndescription: Does things. Use when: asked\n---\n";

    @TempDir
    Path dir;

    private CliRun preCommit(GitRepo repo, String... extra) {
        String[] args = new String[extra.length + 1];
        args[0] = "pre-commit";
        System.arraycopy(extra, 0, args, 1, extra.length);
        return CliRun.run(repo.root(), args);
    }

    @Test
    void cleanCommitPassesQuietly() {
        GitRepo repo = GitRepo.init(dir).write("skills/pdf/SKILL.md", GOOD.formatted("pdf")).add(".");
        CliRun run = preCommit(repo);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out());
    }

    @Test
    void stagedErrorBlocksTheCommitWithHowToFixOrBypass() {
        GitRepo repo = GitRepo.init(dir).write("skills/pdf/SKILL.md", BAD.formatted("pdf")).add(".");
        CliRun run = preCommit(repo);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("skills/pdf/SKILL.md:3:35: error: invalid YAML in frontmatter"), run.out());
        String last = run.out().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.contains("git commit --no-verify") && last.contains("DEPLOYTRACK_SKIP=1"), last);
    }

    @Test
    void namedFilesAreCheckedInTheWorkingTreeWithNothingStaged() {
        // What 'pre-commit run --all-files' does: nothing staged, every tracked file named.
        GitRepo repo = GitRepo.init(dir).write("skills/pdf/SKILL.md", GOOD.formatted("pdf"))
                .write("skills/csv/SKILL.md", GOOD.formatted("csv")).add(".").commit("skills")
                .write("skills/csv/SKILL.md", BAD.formatted("csv"));
        assertEquals(0, preCommit(repo).exitCode(), "the index has nothing staged");
        CliRun all = preCommit(repo, "skills/pdf/SKILL.md", "skills/csv/SKILL.md");
        assertEquals(1, all.exitCode(), all.out() + all.err());
        assertTrue(all.out().contains("skills/csv/SKILL.md:3:35: error: invalid YAML in frontmatter"), all.out());
        CliRun one = preCommit(repo, "--verbose", "skills/pdf/SKILL.md");
        assertEquals(0, one.exitCode(), one.out() + one.err());
        assertTrue(one.out().contains("deploytrack: 1 named file checked"), one.out());
    }

    /** A password in a database URI, built at test time (no format-perfect fake key is committed). */
    private static String secretLine() {
        String password = "Vq7Lm2" + "Xr9Tz4Kp8W";
        return "DATABASE_URL=postgres://app:" + password + "@db.internal:5432/app\n";
    }

    @Test
    void stagedSecretBlocksTheCommitButTheSameSecretOnlyInTheWorkingTreeDoesNot() {
        GitRepo repo = GitRepo.init(dir).write(".env", "DATABASE_URL=${DATABASE_URL}\n").add(".")
                .write(".env", secretLine());
        CliRun unstaged = preCommit(repo);
        assertEquals(0, unstaged.exitCode(), unstaged.out());
        assertEquals("", unstaged.out());

        repo.add(".env");
        CliRun staged = preCommit(repo);
        assertEquals(1, staged.exitCode());
        assertTrue(staged.out().contains(".env:1:29: error: password in a database URI \"Vq…\" (16 characters) "
                + "[database-uri-password]"), staged.out());
        assertFalse(staged.out().contains("Vq7Lm2Xr9Tz4Kp8W"), "the secret is never printed in full");
    }

    @Test
    void theStagedBaselineAcceptsASecretAndAnUnstagedEditOfItChangesNothing() throws Exception {
        GitRepo repo = GitRepo.init(dir).write(".env", secretLine()).add(".");
        assertEquals(0, CliRun.run(repo.root(), "scan", "--write-baseline").exitCode());
        String baseline = SecretSettings.defaults().baseline();
        repo.add(baseline);
        assertEquals(0, preCommit(repo).exitCode(), "the staged baseline accepts the staged secret");
        repo.write(baseline, "{\"version\": 1, \"salt\": \"AAAA\", \"secrets\": []}\n");
        assertEquals(0, preCommit(repo).exitCode(), "the working-tree baseline is not what is committed");
    }

    @Test
    void partiallyStagedFileIsJudgedByItsStagedText() {
        GitRepo repo = GitRepo.init(dir).write("skills/pdf/SKILL.md", GOOD.formatted("pdf")).add(".")
                .write("skills/pdf/SKILL.md", BAD.formatted("pdf"));
        assertEquals(0, preCommit(repo).exitCode(), "the broken text is only in the working tree");
        repo.add(".").write("skills/pdf/SKILL.md", GOOD.formatted("pdf"));
        assertEquals(1, preCommit(repo).exitCode(), "the broken text is staged; the fix is not");
    }

    @Test
    void onlyStagedFilesAreChecked() {
        GitRepo repo = GitRepo.init(dir).write("skills/old/SKILL.md", BAD.formatted("old")).add(".").commit("old")
                .write("skills/new/SKILL.md", GOOD.formatted("new")).add("skills/new");
        assertEquals(0, preCommit(repo).exitCode(), "a problem already committed does not block a new commit");
    }

    @Test
    void deletedFileIsNotCheckedAndRenamedFileIsCheckedUnderItsNewName() {
        GitRepo repo = GitRepo.init(dir).write("skills/pdf/SKILL.md", GOOD.formatted("pdf"))
                .write("skills/gone/SKILL.md", BAD.formatted("gone")).add(".").commit("first");
        repo.git("rm", "-q", "-r", "skills/gone");
        assertEquals(0, preCommit(repo).exitCode());
        repo.git("mv", "skills/pdf", "skills/pdf-tools");
        CliRun run = preCommit(repo);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("skills/pdf-tools/SKILL.md:2:7: error: skill name 'pdf' does not match its "
                + "directory 'pdf-tools'"), run.out());
    }

    @Test
    void pathsWithSpacesAndNonAsciiCharacters() {
        GitRepo repo = GitRepo.init(dir).write("skills/my skill/SKILL.md", GOOD.formatted("my-skill"))
                .write("skills/café/SKILL.md", GOOD.formatted("café")).add(".");
        CliRun run = preCommit(repo);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("skills/my skill/SKILL.md:2:7: error: skill name 'my-skill' does not match"),
                run.out());
        assertFalse(run.out().contains("café/SKILL.md"), run.out());
    }

    @Test
    void binaryFilesSymlinksAndSubmodulesDoNotBreakTheHook() throws Exception {
        GitRepo sub = GitRepo.init(dir.resolve("sub")).write("README.md", "sub\n").add(".").commit("sub");
        GitRepo repo = GitRepo.init(dir.resolve("main"))
                .write("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})
                .write("skills/pdf/SKILL.md", GOOD.formatted("pdf"));
        java.nio.file.Files.createSymbolicLink(repo.root().resolve("AGENTS.md"), Path.of("skills/pdf/SKILL.md"));
        repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", sub.root().toString(), "vendor/sub");
        repo.add(".");
        CliRun run = preCommit(repo, "--verbose");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        // The symlink and the submodule are not files to check; logo.png, .gitmodules and the skill are.
        assertTrue(run.out().contains("deploytrack: 3 staged files checked, 1 of them agent configuration: 0 errors, "
                + "0 warnings, 0 notes; the commit may go ahead"), run.out());
    }

    @Test
    void budgetsAndConfigurationComeFromTheIndex() {
        GitRepo repo = GitRepo.init(dir).write("deploytrack.yml", "rules:\n  skill-yaml: warning\n")
                .write("skills/pdf/SKILL.md", BAD.formatted("pdf")).add(".")
                .write("deploytrack.yml", "rules:\n  skill-yaml: error\n");
        assertEquals(0, preCommit(repo).exitCode(), "the staged deploytrack.yml makes it a warning");
    }

    @Test
    void invalidStagedConfigurationIsAUsageError() {
        GitRepo repo = GitRepo.init(dir).write("deploytrack.yml", "strikt: true\n").add(".");
        CliRun run = preCommit(repo);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("deploytrack.yml:1:1: error: unknown key 'strikt'"), run.err());
    }

    @Test
    void skipVariableLetsTheCommitThrough() {
        GitRepo repo = GitRepo.init(dir).write("skills/pdf/SKILL.md", BAD.formatted("pdf")).add(".");
        CliRun run = CliRun.run(repo.root(), Map.of("DEPLOYTRACK_SKIP", "1"), "pre-commit");
        assertEquals(0, run.exitCode());
        assertTrue(run.err().contains("skipped"), run.err());
    }

    @Test
    void outsideAGitRepositoryItIsAUsageError() {
        CliRun run = CliRun.run(dir, "pre-commit");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().toLowerCase().contains("not a git repository"), run.err());
    }

    @Test
    void thousandsOfStagedFiles() {
        GitRepo repo = GitRepo.init(dir);
        for (int i = 0; i < 3000; i++) {
            repo.write("src/pkg" + (i % 30) + "/File" + i + ".java", "class File" + i + " {}\n");
        }
        for (int i = 0; i < 50; i++) {
            repo.write("skills/s" + i + "/SKILL.md", GOOD.formatted(i == 7 ? "wrong" : "s" + i));
        }
        repo.add(".");
        CliRun run = preCommit(repo);
        assertEquals(1, run.exitCode());
        assertEquals(1, run.out().lines().filter(line -> line.contains("error:")).count(), run.out());
        assertTrue(run.out().contains("skills/s7/SKILL.md:2:7: error"), run.out());
    }
}
