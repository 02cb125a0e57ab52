package dev.deploytrack.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.cost.CostCheck;
import dev.deploytrack.report.Report;
import dev.deploytrack.secrets.BaselineException;
import dev.deploytrack.secrets.SecretScan;
import dev.deploytrack.secrets.SecretSettings;
import dev.deploytrack.source.SpecialFiles;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.yaml.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file deploytrack reads for itself, made hostile as a pull request could make it: a link to a device or to a
 * file outside, a named pipe, a sparse giant. Each is a clear error naming the file, at once (a hang or an
 * out-of-memory error is the defect), and never taken as absent (an absent budget file would ungate production).
 */
class HostileFilesTest {

    private static final Duration NO_HANG = Duration.ofSeconds(10);

    @TempDir
    Path root;

    private String configProblem() {
        ConfigException e = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(ConfigException.class,
                () -> ConfigLoader.load(root, null)));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("deploytrack.yml", e.problems().get(0).file());
        return e.problems().get(0).message();
    }

    @Test
    void configurationLinkedToDevZero() throws Exception {
        SpecialFiles.link(root.resolve("deploytrack.yml"), Path.of("/dev/zero"));
        assertTrue(configProblem().contains("symbolic link to a file outside the repository"));
    }

    @Test
    void configurationAsANamedPipe() throws Exception {
        SpecialFiles.fifo(root.resolve("deploytrack.yml"));
        assertTrue(configProblem().contains("not a regular file"));
    }

    @Test
    void configurationOfThreeGigabytes() throws Exception {
        SpecialFiles.sparse(root.resolve("deploytrack.yml"), 3L << 30);
        assertTrue(configProblem().contains("over the 1.0 MB deploytrack reads for it"));
    }

    @Test
    void baselineAsANamedPipeOrLinkedOutside(@TempDir Path outside) throws Exception {
        SpecialFiles.fifo(root.resolve(SecretSettings.DEFAULT_BASELINE));
        BaselineException fifo = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(BaselineException.class,
                () -> SecretScan.loadBaseline(root, SecretSettings.defaults(), null)));
        assertTrue(fifo.getMessage().contains("not a regular file"), fifo.getMessage());

        Files.delete(root.resolve(SecretSettings.DEFAULT_BASELINE));
        SpecialFiles.link(root.resolve(SecretSettings.DEFAULT_BASELINE), Files.writeString(
                outside.resolve("baseline.json"), "{}"));
        BaselineException linked = assertThrows(BaselineException.class, () -> SecretScan.loadBaseline(
                DirectoryWorkspace.scan(root, List.of(), 8), SecretSettings.defaults()));
        assertTrue(linked.getMessage().contains("outside the repository"), linked.getMessage());
    }

    @Test
    void budgetLimitsLinkedOutsideOrAsAPipeFailTheCostGate(@TempDir Path outside) throws Exception {
        Files.createDirectories(root.resolve("environments/staging"));
        SpecialFiles.fifo(root.resolve("environments/staging/budget-limits.yaml"));
        SpecialFiles.link(root.resolve("environments/production/budget-limits.yaml"), Files.writeString(
                outside.resolve("limits.yaml"), "daily_limit_usd: 1000000\n"));
        ConfigException e = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(ConfigException.class,
                () -> new CostCheck(DeploytrackConfig.defaults(), Vocabularies.shared(), LocalDate.of(2026, 12, 3))
                        .run(root, "production")));
        String problems = e.getMessage();
        assertTrue(problems.contains("environments/production/budget-limits.yaml:1:1: error: not read: symlink "
                + "points outside the repository"), problems);
        assertTrue(problems.contains("environments/staging/budget-limits.yaml:1:1: error: not read: not a regular "
                + "file"), problems);
    }

    @Test
    void aGiantBudgetFileIsRefusedBeforeItIsRead() throws Exception {
        SpecialFiles.sparse(root.resolve("environments/production/budget-limits.yaml"), 3L << 30);
        ConfigException e = assertThrows(ConfigException.class, () -> new CostCheck(DeploytrackConfig.defaults(),
                Vocabularies.shared(), LocalDate.of(2026, 12, 3)).run(root, "production"));
        assertTrue(e.getMessage().contains("over the 1.0 MB deploytrack reads for it"), e.getMessage());
    }

    @Test
    void aSkillAsANamedPipeIsReportedNotSkippedSilently() throws Exception {
        SpecialFiles.fifo(root.resolve("skills/pipe/SKILL.md"));
        Report report = assertTimeoutPreemptively(NO_HANG, () -> new TempRepo(root).validate());
        assertEquals(List.of("skills/pipe/SKILL.md:1:1 file-skipped"), TempRepo.brief(report));
        assertTrue(report.findings().get(0).message().contains("not a regular file"));
    }

    @Test
    void aUtf16SkillIsReportedAsUtf16NotAsAUtf8ByteOrderMark() {
        byte[] utf16 = ("\uFEFF---\nname: wide\ndescription: Does things. Use when needed.\n---\nBody\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        Report report = new TempRepo(root).write("skills/wide/SKILL.md", utf16).validate();
        assertEquals(List.of("skills/wide/SKILL.md:1:1 file-encoding"), TempRepo.brief(report));
        assertTrue(report.findings().get(0).message().contains("encoded as UTF-16LE"),
                report.findings().get(0).message());
    }
}
