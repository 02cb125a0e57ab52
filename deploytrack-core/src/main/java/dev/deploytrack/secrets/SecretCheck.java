package dev.deploytrack.secrets;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Finding;
import java.io.IOException;
import java.util.Set;

/**
 * The secret scan as one of {@code validate}'s checks: every file of the workspace (not only agent configuration,
 * since keys leak from any file) is scanned, with the repository's baseline applied. The files counted in
 * {@code validate}'s summary stay the agent configuration files; a file with a secret is listed through its finding.
 */
public final class SecretCheck implements Check {

    private final SecretSettings settings;
    private final int threads;

    public SecretCheck(SecretSettings settings) {
        this(settings, Runtime.getRuntime().availableProcessors());
    }

    public SecretCheck(SecretSettings settings, int threads) {
        this.settings = settings;
        this.threads = threads;
    }

    /** The scan reads every file through the workspace, never the shared text cache: it can run on its own. */
    @Override
    public boolean runsAlone() {
        return true;
    }

    @Override
    public void run(CheckContext context) {
        if (!settings.enabled()) {
            return;
        }
        Baseline baseline;
        try {
            baseline = SecretScan.loadBaseline(context.workspace(), settings);
        } catch (BaselineException e) {
            context.findings().add(Finding.of(SecretRules.BASELINE_INVALID, settings.baseline(), e.line(), e.column(),
                    e.getMessage()).withHint(SecretRule.REGENERATE_BASELINE));
            baseline = Baseline.none();
        }
        // An agent file over the general size limit is already reported (file-too-large) by the check reading it.
        Set<String> agentFiles = context.agentFiles().paths();
        new SecretScan(settings, baseline, threads).scanInto(context.workspace(), context.findings(), false,
                path -> !agentFiles.contains(path) || sizeOf(context, path) <= context.maxFileSize());
    }

    private static long sizeOf(CheckContext context, String path) {
        try {
            return context.workspace().size(path);
        } catch (IOException e) {
            return -1;
        }
    }
}
