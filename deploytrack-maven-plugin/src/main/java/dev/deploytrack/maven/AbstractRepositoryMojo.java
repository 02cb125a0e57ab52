package dev.deploytrack.maven;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal that reads a repository shares: whether to skip, which repository, its configuration file, and
 * running once per repository in a reactor build. Goals only translate parameters into core calls, as Enforcer
 * rules do.
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
     * {@code environments/}) are read from it. Unset: the top of the build (the directory of the top parent POM
     * on disk, or where Maven was started), or above it the nearest directory with a {@code deploytrack.yml} within
     * the git work tree; the current directory when there is no POM. In a multi-module build the goal runs once
     * for the repository, not once per module.
     */
    @Parameter(property = "deploytrack.directory")
    protected File directory;

    /** A configuration file to read instead of {@code deploytrack.yml} in the repository's root; must exist. */
    @Parameter(property = "deploytrack.config")
    protected File configFile;

    /** The project the goal runs in (Maven's stand-in project without a POM). */
    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    /** The build: its reactor, where it started, and the data that makes a goal run once per repository. */
    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /** This execution of the goal: its id tells two configured executions apart. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    private Path root;

    /** The repository this goal works on: {@link #directory}, or the one found from the project. */
    protected Path root() {
        if (root == null) {
            root = RepositoryRoot.locate(directory, project, session);
        }
        return root;
    }

    /** Logs that {@code goal} is skipped and returns true when {@link #skip} is set. */
    protected boolean skipped(String goal) {
        if (skip) {
            log().info("deploytrack " + goal + " is skipped");
        }
        return skip;
    }

    /**
     * True when this module is the first in the build to run this execution of {@code goal} on its repository;
     * otherwise logs which module did and returns false. Modules of one repository share its single run.
     */
    protected boolean firstForRepository(String goal) {
        String execution = mojoExecution == null ? "" : mojoExecution.getExecutionId();
        String key = goal + " " + execution + " " + root() + " " + (configFile == null ? "" : configFile);
        String owner = project == null ? "" : project.getArtifactId();
        Optional<String> earlier = OncePerBuild.claim(session, key, owner);
        earlier.ifPresent(first -> log().info("deploytrack " + goal + ": " + root() + " is checked once for the "
                + "whole repository, and " + first + " ran it in this build"));
        return earlier.isEmpty();
    }

    /** The Maven project whose directory is the repository's root (this one or a parent), or null. */
    protected MavenProject projectAtRoot() {
        for (MavenProject current = project; RepositoryRoot.hasPom(current); current = current.getParent()) {
            if (current.getBasedir().toPath().toAbsolutePath().normalize().equals(root())) {
                return current;
            }
        }
        return null;
    }

    /** Loads {@code deploytrack.yml}; configuration mistakes fail the build with their file and line. */
    protected DeploytrackConfig loadConfig() throws MojoFailureException {
        try {
            return ConfigLoader.load(root(), configFile == null ? null : configFile.toPath());
        } catch (ConfigException e) {
            throw configurationFailure(e, "deploytrack configuration is invalid");
        }
    }

    /** Logs each problem compiler-style and returns the failure that ends the build. */
    protected MojoFailureException configurationFailure(ConfigException e, String what) {
        for (ConfigProblem problem : e.problems()) {
            log().error(problem.toString());
        }
        return Failures.failure(what + ": " + e.problems().size() + " problem(s), listed above");
    }
}
