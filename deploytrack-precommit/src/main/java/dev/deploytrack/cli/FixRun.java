package dev.deploytrack.cli;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.fix.Fix;
import dev.deploytrack.fix.Fixer;
import dev.deploytrack.report.Report;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.wording.Message;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code validate --fix}, {@code --fix-unsafe} and {@code --dry-run}: plans the fixes with the core's {@link Fixer},
 * prints the diff (dry run) or writes the files, then reports what is left with validate's exit status. Loaded only
 * when fixing.
 */
final class FixRun {

    private final DeploytrackConfig config;
    private final boolean unsafe;
    private final boolean dryRun;
    private final ReportOutput output;
    private final boolean logToOut;

    /**
     * @param logToOut whether the list of fixes goes to standard output (a text report) or to standard error (a
     *                 machine-read report owns standard output)
     */
    FixRun(DeploytrackConfig config, boolean unsafe, boolean dryRun, ReportOutput output, boolean logToOut) {
        this.config = config;
        this.unsafe = unsafe;
        this.dryRun = dryRun;
        this.output = output;
        this.logToOut = logToOut;
    }

    int run(Path target, Console console) {
        PrintStream log = logToOut ? console.out() : console.err();
        try {
            Fixer fixer = new Fixer(config, unsafe);
            Fixer.Plan plan = fixer.plan(target);
            Report left;
            List<Fixer.Refusal> refused;
            if (dryRun) {
                for (Fixer.Change change : plan.changes()) {
                    console.out().print(change.diff());
                }
                for (Fix rename : plan.renames()) {
                    console.out().println("rename from " + rename.rename().from());
                    console.out().println("rename to " + rename.rename().to());
                }
                refused = plan.refused();
                log.println("dry run: " + count(plan.applied().size() + plan.renames().size(), "fix") + " in "
                        + count(plan.changes().size() + plan.renames().size(), "file") + " would be applied; "
                        + "nothing was written");
                left = plan.remaining();
            } else {
                Fixer.Outcome outcome = fixer.apply(plan);
                Set<String> written = new HashSet<>(outcome.written());
                int fixed = 0;
                for (Fix fix : plan.applied()) {
                    if (written.contains(fix.path())) {
                        log.println("fixed " + fix.path() + ":" + fix.line() + ": " + fix.description() + " ["
                                + fix.rule().id() + "]");
                        fixed++;
                    }
                }
                for (Fix rename : outcome.renamed()) {
                    log.println("fixed " + rename.path() + ": " + rename.description() + " [" + rename.rule().id()
                            + "]");
                }
                refused = outcome.refused();
                log.println(count(fixed + outcome.renamed().size(), "fix") + " applied in "
                        + count(written.size() + outcome.renamed().size(), "file") + "; checking again");
                Path checked = target;
                left = new Validator(config).validate(checked);
            }
            for (Fixer.Refusal refusal : refused) {
                console.error("not fixed: " + refusal.path() + ": " + refusal.reason());
            }
            Message remedy = plan.unsafeRemedy();
            if (remedy != null && !unsafe) {
                log.println(remedy.in(CommandLineWording.INSTANCE));
            }
            output.emit(left, "validate", console);
            return config.fails(left) || !refused.isEmpty() ? Exit.FINDINGS : Exit.OK;
        } catch (IOException e) {
            console.error(e.getMessage());
            return Exit.USAGE;
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : what.endsWith("x") ? "es" : "s");
    }
}
