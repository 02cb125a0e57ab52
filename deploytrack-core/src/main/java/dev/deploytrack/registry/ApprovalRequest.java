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
 * @param requestId   the deployment request approved ({@code approve --request ID}), or {@code null}; with one, the
 *                    agents default to the request's and must be among them
 */
public record ApprovalRequest(String projectName, String environment, List<AgentVersion> agents, Actor approver,
                              String reason, String requestId) {

    public ApprovalRequest {
        agents = List.copyOf(agents);
    }

    /** An approval that answers no filed request. */
    public ApprovalRequest(String projectName, String environment, List<AgentVersion> agents, Actor approver,
                           String reason) {
        this(projectName, environment, agents, approver, reason, null);
    }
}
