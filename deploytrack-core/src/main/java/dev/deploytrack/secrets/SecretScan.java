package dev.deploytrack.secrets;

import dev.deploytrack.check.FileRules;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * One secret scan of a workspace as the front doors run it: the baseline decides what is accepted and salts the
 * hashes, the scanner finds, and findings go to a {@link FindingCollector} (which applies {@code rules:} from the
 * configuration). {@code scan}, {@code validate}, the Maven goal and the pre-commit hook all come through here.
 */
public final class SecretScan {

    private final SecretSettings settings;
    private final Baseline baseline;
    private final int threads;

    /**
     * @param baseline accepted secrets ({@link Baseline#none()} if there is none)
     * @param threads  threads reading and scanning files (1 when the workspace cannot be read concurrently)
     */
    public SecretScan(SecretSettings settings, Baseline baseline, int threads) {
        this.settings = settings;
        this.baseline = baseline;
        this.threads = threads;
    }

    /**
     * Loads the baseline at {@code file}, or at {@code secrets.baseline} under {@code root} when {@code file} is
     * {@code null}; a missing file is no baseline.
     */
    public static Baseline loadBaseline(Path root, SecretSettings settings, Path file) throws BaselineException {
        return loadBaseline(root, settings, file, true);
    }

    /**
     * As {@link #loadBaseline(Path, SecretSettings, Path)}; a {@code file} the user named that does not exist is an
     * error unless {@code mayBeMissing} (when the baseline is about to be written): a mistyped path must not
     * silently accept nothing.
     */
    public static Baseline loadBaseline(Path root, SecretSettings settings, Path file, boolean mayBeMissing)
            throws BaselineException {
        if (file != null && !mayBeMissing && !Files.exists(file)) {
            throw new BaselineException(file.toString(), 1, 1, "the baseline file does not exist");
        }
        Path location = file != null ? file : root.resolve(settings.baseline());
        String displayName = file != null ? file.toString() : settings.baseline();
        // The repository's own baseline stays inside it; a file the user named may be anywhere.
        return Baseline.read(file != null ? null : root, location, displayName);
    }

    /**
     * The baseline as the workspace holds it (in the hook: the staged baseline), or from disk under the workspace's
     * root when the workspace does not list it (an untracked baseline); a missing file is no baseline.
     */
    public static Baseline loadBaseline(Workspace workspace, SecretSettings settings) throws BaselineException {
        String path = settings.baseline();
        if (!workspace.files().contains(path)) {
            return loadBaseline(workspace.root(), settings, null);
        }
        try {
            return Baseline.parse(SourceText.decode(workspace.readInput(path, "the secrets baseline",
                    Baseline.MAX_BYTES)).text(), path);
        } catch (InputFileException e) {
            throw new BaselineException(path, 1, 1, e.getMessage() + (e.hint() == null ? "" : "; " + e.hint()));
        }
    }

    /**
     * Scans and reports into {@code findings}; returns the raw result (e.g. for statistics).
     *
     * @param countFiles whether the scanned files count as checked files of the report ({@code scan}: yes;
     *                   {@code validate}, whose files are the agent configuration: no)
     */
    public SecretScanResult scanInto(Workspace workspace, FindingCollector findings, boolean countFiles) {
        return scanInto(workspace, findings, countFiles, path -> true);
    }

    /**
     * As {@link #scanInto(Workspace, FindingCollector, boolean)}, reporting a file skipped for its size only when
     * {@code reportTooLarge} accepts it (validate has already reported its agent files over the general limit).
     */
    public SecretScanResult scanInto(Workspace workspace, FindingCollector findings, boolean countFiles,
                                     Predicate<String> reportTooLarge) {
        SecretScanResult result = new SecretScanner(settings, baseline.hasher()).scan(workspace, threads);
        if (countFiles) {
            for (String path : result.scannedFiles()) {
                findings.checked(path);
            }
        }
        for (SecretMatch match : result.matches()) {
            if (!baseline.accepts(match)) {
                findings.add(Finding.of(match.rule().rule(), match.path(), match.line(), match.column(),
                        match.message()).withHint(SecretRule.HINT).withFingerprint(match.hash()));
            }
        }
        for (SecretScanResult.Skipped skipped : result.tooLarge()) {
            if (!reportTooLarge.test(skipped.path())) {
                continue;
            }
            findings.add(Finding.of(SecretRules.FILE_SKIPPED, skipped.path(), 1, 1, skipped.reason())
                    .withHint("raise secrets.max-file-size in deploytrack.yml, or exclude the file with "
                            + "secrets.exclude"));
        }
        for (SecretScanResult.Skipped failed : result.failed()) {
            findings.add(Finding.of(FileRules.UNREADABLE, failed.path(), 1, 1, "cannot scan the file for secrets: "
                    + failed.reason()));
        }
        return result;
    }

    /** A report of this scan alone, as {@code deploytrack scan} prints it. */
    public Report run(Workspace workspace, RulePolicy policy) {
        FindingCollector findings = new FindingCollector(policy);
        for (Workspace.SkippedFile skipped : workspace.skipped()) {
            findings.add(FileRules.SKIPPED, skipped.path(), 1, 1, skipped.reason());
        }
        scanInto(workspace, findings, true);
        return findings.toReport();
    }

    /**
     * Writes the baseline accepting every secret found now, keeping the existing salt (so existing fingerprints
     * stay) or drawing a new one. Entries of secrets no longer present are dropped.
     *
     * @return the number of secrets accepted
     */
    public static int writeBaseline(Workspace workspace, SecretSettings settings, Baseline existing, Path file,
                                    int threads) throws IOException {
        String salt = existing.salt().equals(SecretHasher.DEFAULT_SALT) ? SecretHasher.newSalt() : existing.salt();
        SecretScanResult result = new SecretScanner(settings, SecretHasher.withSalt(salt)).scan(workspace, threads);
        Baseline baseline = Baseline.of(salt, result.matches());
        baseline.write(file);
        return baseline.entries().size();
    }
}
