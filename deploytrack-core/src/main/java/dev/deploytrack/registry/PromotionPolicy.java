package dev.deploytrack.registry;

import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.util.List;
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
        Optional<String> previous = settings.previous(environment);
        if (previous.isPresent() && !emergency) {
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
        if (settings.isProduction(environment)) {
            for (AgentVersion agent : agents) {
                checkApproval(registry, project, environment, agent, actor);
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
