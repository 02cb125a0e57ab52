package dev.deploytrack.registry;

import java.util.List;

/**
 * A return to earlier versions ({@code rollback}).
 *
 * @param projectName    the project
 * @param environment    the environment rolled back
 * @param agents         the versions returned to; each must have run there before, and be earlier than the current
 * @param actor          who rolls back
 * @param reason         why (required)
 * @param gitCommit      the commit deployed, or {@code null}
 * @param idempotencyKey as for {@link DeploymentRequest}, or {@code null}
 */
public record RollbackRequest(String projectName, String environment, List<AgentVersion> agents, Actor actor,
                              String reason, String gitCommit, String idempotencyKey) {

    public RollbackRequest {
        agents = List.copyOf(agents);
    }
}
