package dev.deploytrack.wording;

/**
 * A setting a user gives deploytrack, whatever the front door: the command line spells it as an option
 * ({@code --env NAME}), the Maven plugin as a property ({@code -Ddeploytrack.env=NAME}). The core names settings in
 * its messages through this type, so that each front door can word them in its own terms ({@link Wording}).
 */
public enum Setting {
    /** The environment deployed to or checked. */
    ENVIRONMENT,
    /** Who acts: {@code KIND:IDENTITY}. */
    ACTOR,
    /** Why: kept in the history. */
    REASON,
    /** Overrides the promotion order (a switch). */
    EMERGENCY,
    /** The agents, each {@code ID@VERSION}. */
    AGENTS,
    /** The project's name in the registry. */
    PROJECT_NAME,
    /** The project's directory. */
    PROJECT_PATH,
    /** A testimony file. */
    TESTIMONY_FILE,
    /** The registry file. */
    REGISTRY,
    /** The secrets baseline file. */
    BASELINE,
    /** Accept every secret found into the baseline (a switch of the scan). */
    WRITE_BASELINE,
    /** The configuration file. */
    CONFIG,
    /** The report formats. */
    FORMAT,
    /** Apply the unsafe fixes too (a switch of fixing). */
    FIX_UNSAFE,
    /** Show the fixes as a diff and write nothing (a switch of fixing). */
    DRY_RUN,
    /** A component other than an agent, e.g. the application ({@code app}). */
    COMPONENT,
    /** The git commit deployed. */
    GIT_COMMIT,
    /** A deployment request's id, answered by an approval. */
    REQUEST,
    /** How long agents may lag behind before drift fails. */
    MAX_AGE,
    /** The commit drift compares the deployed agents with. */
    DRIFT_TARGET
}
