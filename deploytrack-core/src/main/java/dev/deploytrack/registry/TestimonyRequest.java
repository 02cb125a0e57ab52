package dev.deploytrack.registry;

import java.nio.file.Path;
import java.util.Set;

/**
 * A project's testimony to file ({@code testimony}): the file is copied into the registry's testimonies directory and
 * the project's agents are marked as having testimony collected.
 *
 * @param projectName the project
 * @param file        the testimony file to copy
 * @param agentIds    the agents it covers; empty for all of the project's agents
 */
public record TestimonyRequest(String projectName, Path file, Set<String> agentIds) {

    public TestimonyRequest {
        agentIds = Set.copyOf(agentIds);
    }
}
