package dev.deploytrack.registry;

import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The promotion rules, one implementation for every front door:
 * <ul>
 *   <li>a version reaches an environment only after it was recorded in the one before it (in the configured order),
 *       unless an emergency override with a reason is given;</li>
 *   <li>the production environment needs, for each version, an approval by a person other than whoever records the
 *       deployment;</li>
 *   <li>an actor of kind {@code agent} never records, approves or rolls back anything in production.</li>
 * </ul>
 * Checks only read the registry; a refusal leaves it untouched.
 */
public final class PromotionPolicy {

    private final RegistrySettings settings;

    public PromotionPolicy(RegistrySettings settings) {
        this.settings = settings;
    }

    /** Refuses an agent acting on production, whatever it tries to do there. */
    public void checkActor(Actor actor, String environment, String doing) throws RefusedException {
        if (actor.isAgent() && settings.isProduction(environment)) {
            throw new RefusedException("an agent (" + actor + ") may never " + doing + " in " + environment,
                    Message.of("a person (", Message.option(Setting.ACTOR, "human:NAME"), ") or the CI pipeline (",
                            Message.option(Setting.ACTOR, "ci:NAME"), ") must do it"));
        }
    }

    /** Checks a deployment of {@code agents} to {@code project}'s {@code environment} by {@code actor}. */
    public void checkDeployment(Registry registry, String project, String environment, List<AgentVersion> agents,
                                Actor actor, boolean emergency) throws RefusedException {
        checkActor(actor, environment, "record a deployment");
        if (!emergency) {
            checkOrder(registry, project, environment, agents);
        }
        if (settings.isProduction(environment)) {
            for (AgentVersion agent : agents) {
                checkApproval(registry, project, environment, agent, actor);
            }
        }
    }

    /** Refuses a version that has not been recorded in the environment before {@code environment}. */
    public void checkOrder(Registry registry, String project, String environment, List<AgentVersion> agents)
            throws RefusedException {
        Optional<String> previous = settings.previous(environment);
        if (previous.isEmpty()) {
            return;
        }
        for (AgentVersion agent : agents) {
            if (!wasRecorded(registry, project, previous.get(), agent)) {
                throw new RefusedException(agent + " has not been recorded in " + previous.get() + " for "
                        + project + ", and " + environment + " comes after " + previous.get()
                        + " (promotion order: " + String.join(" -> ", settings.environments()) + ")",
                        Message.of("record it in " + previous.get() + " first, or override with ",
                                Message.option(Setting.EMERGENCY, null), " and ",
                                Message.option(Setting.REASON, "TEXT"), " (the override is kept in the history)"));
            }
        }
    }

    /** Only a person approves, and never an agent. */
    public void checkApprover(Actor approver, String environment) throws RefusedException {
        checkActor(approver, environment, "approve a deployment");
        if (!approver.isHuman()) {
            throw new RefusedException("approvals must come from a person, not " + approver,
                    Message.of("approve as yourself (", Message.option(Setting.ACTOR, "human:<your name>"), ")"));
        }
    }

    /**
     * Refuses an approval of {@code agent} by whoever requested its deployment ({@code deploytrack request}): the
     * person who asks is not the person who approves, whether or not the approval names the request.
     */
    public void checkNotRequester(Registry registry, String project, String environment, AgentVersion agent,
                                  Actor approver) throws RefusedException {
        for (HistoryEntry entry : registry.history()) {
            if (entry.isRequest() && approver.samePartyAs(entry.actor()) && Objects.equals(entry.project(), project)
                    && Objects.equals(entry.environment(), environment) && Objects.equals(entry.agent(), agent.id())
                    && Objects.equals(entry.version(), agent.version())) {
                throw new RefusedException(approver + " requested the deployment of " + agent + " to " + environment
                        + " of " + project + " (request " + entry.request() + ") and cannot approve it; a second "
                        + "person must", "ask someone else to run: deploytrack approve --name " + project
                        + " --request " + entry.request() + " --actor human:<name>");
            }
        }
    }

    /**
     * Whether {@code target} is a version {@code project}'s {@code environment} may be rolled back to while it runs
     * {@code running}: a version that ran there before (in the history), other than the running one, and not newer
     * by semantic version.
     *
     * @param running the version that runs there (now, or after a deployment being requested), or {@code null}
     */
    public void checkRollback(Registry registry, String project, String environment, String running,
                              AgentVersion target) throws RefusedException {
        if (running == null) {
            throw new RefusedException(project + " does not run " + target.id() + " in " + environment
                    + "; there is nothing to roll back");
        }
        if (Objects.equals(running, target.version())) {
            throw new RefusedException(project + " already runs " + target + " in " + environment);
        }
        boolean ranBefore = registry.history().stream()
                .anyMatch(entry -> entry.recorded(project, environment, target.id(), target.version()));
        if (!ranBefore) {
            throw new RefusedException(target + " never ran in " + environment + " of " + project
                    + "; a rollback returns to a version that ran there before",
                    "to deploy a version that never ran here, use record-deployment");
        }
        if (SemanticVersion.compare(target.version(), running).orElse(-1) > 0) {
            throw new RefusedException(target + " is newer than the running " + running + "; a rollback returns "
                    + "to an earlier version", "use record-deployment to move forward");
        }
    }

    private void checkApproval(Registry registry, String project, String environment, AgentVersion agent,
                               Actor requester) throws RefusedException {
        Approval ownApproval = null;
        for (Approval approval : registry.approvals()) {
            if (!approval.covers(project, environment, agent.id(), agent.version()) || approval.approver() == null) {
                continue;
            }
            if (approval.approver().isHuman() && !approval.approver().samePartyAs(requester)) {
                return;
            }
            if (approval.approver().samePartyAs(requester)) {
                ownApproval = approval;
            }
        }
        Object command = Message.run("approve", Message.option(Setting.PROJECT_NAME, project),
                Message.option(Setting.ENVIRONMENT, environment), Message.option(Setting.AGENTS, agent.toString()),
                Message.option(Setting.ACTOR, "human:<name>"));
        if (ownApproval != null) {
            throw new RefusedException(agent + " in " + environment + " of " + project + " is approved only by "
                    + requester + ", who is recording it; a second person must approve",
                    Message.of("ask someone else to run: ", command));
        }
        throw new RefusedException(agent + " has no approval for " + environment + " of " + project
                + "; a person other than " + requester + " must approve it first", Message.of("run: ", command));
    }

    private static boolean wasRecorded(Registry registry, String project, String environment, AgentVersion agent) {
        for (HistoryEntry entry : registry.history()) {
            if (entry.recorded(project, environment, agent.id(), agent.version())) {
                return true;
            }
        }
        return false;
    }
}
