package dev.deploytrack.registry;

import java.nio.file.Path;

/**
 * A deployment of a component other than an agent to record ({@code record-deployment --component app}): the
 * application the agents serve, so that {@code drift} can compare what the agents run with what the application
 * runs. No promotion rule or approval applies to it (the application has its own pipeline); an agent actor still
 * never records production.
 *
 * @param projectName    the project's name, or {@code null} for the name of {@code projectPath}'s directory
 * @param projectPath    the project's directory, or {@code null}
 * @param component      the component's name, e.g. {@code app}
 * @param version        the component's version, or {@code null} (the commit identifies it)
 * @param environment    where it was deployed
 * @param actor          who deployed it
 * @param gitCommit      the commit deployed
 * @param idempotencyKey recording the same key again for the same project, environment and component changes
 *                       nothing; or {@code null}
 */
public record ComponentDeploymentRequest(String projectName, Path projectPath, String component, String version,
                                         String environment, Actor actor, String gitCommit, String idempotencyKey) {
}
