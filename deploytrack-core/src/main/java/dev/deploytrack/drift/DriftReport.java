package dev.deploytrack.drift;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What {@code drift} found for one project: per environment, each agent against the commit it is compared with.
 *
 * @param project      the project's name in the registry
 * @param checkedAt    when ages were measured
 * @param target       what the agents were compared with: a revision ({@code HEAD}) or the application's deployment
 * @param environments each environment checked, in promotion order
 * @param notes        what the reader should know (a shallow clone that had every commit needed, say)
 */
public record DriftReport(String project, Instant checkedAt, String target, List<Environment> environments,
                          List<String> notes) {

    public DriftReport {
        environments = List.copyOf(environments);
        notes = List.copyOf(notes);
    }

    /** Whether any agent is behind past its environment's limit: the exit status 1 of {@code drift}. */
    public boolean failed() {
        return environments.stream().anyMatch(environment -> environment.agents().stream()
                .anyMatch(Agent::pastLimit));
    }

    /** Agents behind (drifted, never deployed, removed or unknown), over every environment. */
    public long behind() {
        return environments.stream().flatMap(environment -> environment.agents().stream())
                .filter(agent -> agent.status().behind()).count();
    }

    /** Agents behind past their environment's limit. */
    public long pastLimit() {
        return environments.stream().flatMap(environment -> environment.agents().stream())
                .filter(Agent::pastLimit).count();
    }

    /**
     * One environment.
     *
     * @param name          the environment
     * @param targetCommit  the commit its agents were compared with, or {@code null} when there is none
     * @param targetName    how that commit was chosen ({@code HEAD}, {@code app deployment})
     * @param application   the application's last deployment there, or {@code null}
     * @param maxAge        how long an agent may be behind before drift fails, or {@code null} (never fails)
     * @param agents        each agent, by id
     * @param note          why the environment was not checked, or {@code null}
     */
    public record Environment(String name, String targetCommit, String targetName, Deployment application,
                              Duration maxAge, List<Agent> agents, String note) {

        public Environment {
            agents = List.copyOf(agents);
        }
    }

    /**
     * A deployment of the application (a component other than an agent).
     *
     * @param component the component, e.g. {@code app}
     * @param commit    the commit deployed
     * @param version   its version, or {@code null}
     * @param at        when it was recorded
     */
    public record Deployment(String component, String commit, String version, Instant at) {
    }

    /**
     * One agent in one environment.
     *
     * @param id              the agent
     * @param status          how it stands
     * @param deployedVersion the version deployed there, or {@code null}
     * @param deployedCommit  the commit it was deployed from, or {@code null}
     * @param deployedAt      its last deployment there, or {@code null}
     * @param targetVersion   the version its files give at the target, or {@code null}
     * @param paths           its files: a skill's directory, an agent definition, or configured paths
     * @param changes         the changes that reached the branch since its deployment and are not deployed, oldest
     *                        first (a merge or a squash once; a change and its revert cancel out)
     * @param age             how long the oldest of them has waited, or {@code null} when it cannot be told
     * @param gap             the application's last deployment there minus this agent's, or {@code null}
     * @param pastLimit       whether it is behind for at least the environment's limit (or for an unknown time)
     * @param note            what else to know: where it moved from, why it cannot be told
     */
    public record Agent(String id, DriftStatus status, String deployedVersion, String deployedCommit,
                        Instant deployedAt, String targetVersion, List<String> paths, List<Change> changes,
                        Duration age, Duration gap, boolean pastLimit, String note) {

        public Agent {
            paths = List.copyOf(paths);
            changes = List.copyOf(changes);
        }
    }

    /** A commit of the target's first-parent history that changed the agent's files. */
    public record Change(String commit, Instant time, String subject, boolean merge) {
    }
}
