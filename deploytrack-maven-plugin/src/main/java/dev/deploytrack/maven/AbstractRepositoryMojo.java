package dev.deploytrack.maven;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal that reads a repository shares: whether to skip, which directory, its configuration file, and
 * where reports go. Goals only translate parameters into core calls, as Enforcer rules do.
 */
abstract class AbstractRepositoryMojo extends AbstractMojo {

    /** The build log as this goal writes to it: every message through {@link SafeLog}. */
    protected final org.apache.maven.plugin.logging.Log log() {
        return SafeLog.of(getLog());
    }

    /** Skips the goal. */
    @Parameter(property = "deploytrack.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The root of the repository to check. Paths in findings are relative to it, and {@code deploytrack.yml} (and
     * {@code environments/}) are read from it.
     */
    @Parameter(property = "deploytrack.directory", defaultValue = "${project.basedir}", required = true)
    protected File directory;

    /** A configuration file to read instead of {@code deploytrack.yml} in {@link #directory}. */
    @Parameter(property = "deploytrack.config")
    protected File configFile;

    /** Where report files are written. */
    @Parameter(property = "deploytrack.outputDirectory", defaultValue = "${project.build.directory}/deploytrack",
            required = true)
    protected File outputDirectory;

    /** Logs that {@code goal} is skipped and returns true when {@link #skip} is set. */
    protected boolean skipped(String goal) {
        if (skip) {
            log().info("deploytrack " + goal + " is skipped");
        }
        return skip;
    }

    /** Loads {@code deploytrack.yml}; configuration mistakes fail the build with their file and line. */
    protected DeploytrackConfig loadConfig() throws MojoFailureException {
        try {
            return ConfigLoader.load(directory.toPath(), configFile == null ? null : configFile.toPath());
        } catch (ConfigException e) {
            throw configurationFailure(e, "deploytrack configuration is invalid");
        }
    }

    /** Logs each problem compiler-style and returns the failure that ends the build. */
    protected MojoFailureException configurationFailure(ConfigException e, String what) {
        for (ConfigProblem problem : e.problems()) {
            log().error(problem.toString());
        }
        return new MojoFailureException(what + ": " + e.problems().size() + " problem(s), listed above");
    }
}
