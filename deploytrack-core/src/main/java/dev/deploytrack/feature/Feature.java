package dev.deploytrack.feature;

import dev.deploytrack.check.Check;
import dev.deploytrack.report.Rule;
import java.util.List;
import java.util.Map;

/**
 * One area deploytrack checks (Agent Skills, Claude Code, MCP, secrets...), registered in one place: its rules, its
 * section of {@code deploytrack.yml}, its checks and a sample that exercises them. {@link Features#ALL} lists every
 * feature explicitly (no classpath scanning: the pre-commit hook starts a fresh JVM for every commit), and everything
 * else derives from that list: the rule catalogue that {@code rules:} and docs/rules.md are checked against, the
 * configuration loader, the validator's checks and the launcher's class-loading training run.
 *
 * <p>So a new rule is its class, its test and its line in docs/rules.md, plus one line in its feature's
 * registration; a new feature is its registration and one line in {@link Features#ALL}.
 */
public interface Feature {

    /** The feature's name, as docs/rules.md heads its section (e.g. "Claude Code"). */
    String name();

    /** Every rule the feature's checks report. */
    List<Rule> rules();

    /** The sections of deploytrack.yml the feature reads, if any. */
    default List<Section<?>> sections() {
        return List.of();
    }

    /** The checks to run, built from one run's settings. Called once per validator. */
    List<Check> checks(Settings settings);

    /**
     * Files (path to content) on which every check of the feature runs and most of its rules report: the launcher
     * validates them once to record the classes a run loads (its class-data-sharing archive). Paths must not clash
     * with another feature's.
     */
    default Map<String, String> sample() {
        return Map.of();
    }

    /** A fragment of deploytrack.yml that binds this feature's sections for the training run (or empty). */
    default String sampleSettings() {
        return "";
    }
}
