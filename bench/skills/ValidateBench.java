import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.validate.Validator;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * In-process benchmark: validates the generated tree repeatedly in one JVM and prints the median time of the warm
 * runs, with every check of validate (skills, lint, token budgets, secrets) and with the skill checks alone (what the
 * reference validator skills-ref does). Run with the single-file source launcher:
 * java -cp deploytrack.jar ValidateBench.java TREE [RUNS].
 */
public class ValidateBench {

    /** Runs after the first and before the measured ones, so that "warm" means compiled. */
    private static final int WARMUP = 5;

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        // Skill checks first, so that their first run is the process's first, like skills-ref's.
        measure("skill checks only (tokens and secrets off)", new Validator(ConfigLoader.parse(
                "strict: true\ntokens:\n  enabled: false\nsecrets:\n  enabled: false\n", "deploytrack.yml")), tree, runs);
        measure("every check", new Validator(DeploytrackConfig.defaults().withStrict(true)), tree, runs);
    }

    private static void measure(String label, Validator validator, Path tree, int runs) throws Exception {
        long firstStart = System.nanoTime();
        Report first = validator.validate(tree);
        double firstMs = (System.nanoTime() - firstStart) / 1e6;
        for (int i = 0; i < WARMUP; i++) {
            validator.validate(tree);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Report report = validator.validate(tree);
            times[i] = (System.nanoTime() - start) / 1e6;
            if (report.summary().errors() != first.summary().errors()) {
                throw new IllegalStateException("unstable result");
            }
        }
        Arrays.sort(times);
        long failingSkills = first.findings().stream().filter(f -> f.severity().name().equals("ERROR"))
                .map(f -> f.path()).distinct().count();
        System.out.printf("in-process, " + label + ": first run %.1f ms, warm median %.1f ms over %d runs after 5 more (min %.1f, max %.1f); "
                        + "%d files, %d skills with errors%n", firstMs, times[runs / 2], runs, times[0],
                times[runs - 1], first.summary().files(), failingSkills);
    }
}
