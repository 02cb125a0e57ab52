package dev.deploytrack.registry;

import java.nio.file.Path;
import java.util.List;

/**
 * A deployment to record: {@code record-deployment} from either front door.
 *
 * @param projectName    the project's name, or {@code null} for the name of {@code projectPath}'s directory
 * @param projectPath    the project's directory, or {@code null} when only the name is known
 * @param agents         the agents deployed; empty to read them from the project's agent files
 * @param environment    where they were deployed, one of the configured environments
 * @param actor          who deployed
 * @param gitCommit      the commit deployed, or {@code null}
 * @param idempotencyKey e.g. the CI run id: recording the same key again for the same project and environment
 *                       changes nothing; or {@code null}
 * @param emergency      override the promotion order (needs a reason; kept in the history)
 * @param reason         why, or {@code null}
 */
public record DeploymentRequest(String projectName, Path projectPath, List<AgentVersion> agents, String environment,
                                Actor actor, String gitCommit, String idempotencyKey, boolean emergency,
                                String reason) {

    public DeploymentRequest {
        agents = List.copyOf(agents);
    }
}
