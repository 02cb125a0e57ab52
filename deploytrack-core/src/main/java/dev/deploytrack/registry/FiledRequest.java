package dev.deploytrack.registry;

import java.util.List;

/**
 * A deployment request kept in the registry ({@code deploytrack request --actor ...}), so that {@code approve
 * --request ID} can answer it and the rules know who asked: the actor who requested a deployment never approves it.
 *
 * @param id          the request's id (derived from what it asks for, so the same request files once)
 * @param projectName the project
 * @param environment the environment the agents go to
 * @param agents      the agent versions going out
 * @param actor       who requests
 * @param gitCommit   the commit the request is for, or {@code null}
 */
public record FiledRequest(String id, String projectName, String environment, List<AgentVersion> agents, Actor actor,
                           String gitCommit) {

    public FiledRequest {
        agents = List.copyOf(agents);
    }
}
