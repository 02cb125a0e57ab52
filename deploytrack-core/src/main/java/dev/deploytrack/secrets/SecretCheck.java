package dev.deploytrack.secrets;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Finding;

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

    @Override
    public void run(CheckContext context) {
        if (!settings.enabled()) {
            return;
        }
        Baseline baseline;
        try {
            baseline = SecretScan.loadBaseline(context.workspace().root(), settings, null);
        } catch (BaselineException e) {
            context.findings().add(Finding.of(SecretRules.BASELINE_INVALID, settings.baseline(), e.line(), e.column(),
                    e.getMessage()).withHint("regenerate it with 'deploytrack scan --write-baseline'"));
            baseline = Baseline.none();
        }
        new SecretScan(settings, baseline, threads).scanInto(context.workspace(), context.findings(), false);
    }
}
