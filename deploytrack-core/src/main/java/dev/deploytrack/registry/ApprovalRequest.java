package dev.deploytrack.registry;

import java.util.List;

/**
 * A person's approval of agent versions for a project's production environment ({@code approve}).
 *
 * @param projectName the project
 * @param environment the environment approved for (the production environment)
 * @param agents      the agent versions approved
 * @param approver    who approves: a person
 * @param reason      a note, or {@code null}
 */
public record ApprovalRequest(String projectName, String environment, List<AgentVersion> agents, Actor approver,
                              String reason) {

    public ApprovalRequest {
        agents = List.copyOf(agents);
    }
}
