package dev.deploytrack.release;

import dev.deploytrack.drift.GitHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A deployment request ({@code deploytrack request}): what a person approving a deployment needs to see, all from
 * data. Nothing in it depends on when it was made, so the same repository and registry give the same request and the
 * same id.
 *
 * @param id          the request's id, derived from the project, environment, commit and agent versions
 * @param project     the project
 * @param environment where the agents go
 * @param status      {@code AWAITING HUMAN APPROVAL}, {@code APPROVED}, {@code NO APPROVAL NEEDED} or
 *                    {@code NOTHING TO DEPLOY}
 * @param commit      the commit that goes out
 * @param target      the revision it was named by
 * @param agents      the agents going out
 * @param unchanged   agents whose deployed files are the ones that go out
 * @param checks      the verdicts of the checks
 * @param cost        the environment's projected cost now and with this request
 * @param risk        the request's risk: the highest level of the rules it meets
 * @param reasons     each rule met
 * @param approve     the command that approves it, or {@code null} where no approval is needed
 * @param notes       what else the reader should know
 */
public record ReleaseRequest(String id, String project, String environment, String status, String commit,
                             String target, List<Outgoing> agents, List<Unchanged> unchanged, List<Check> checks,
                             Cost cost, RiskLevel risk, List<Reason> reasons, String approve, List<String> notes) {

    public static final String AWAITING = "AWAITING HUMAN APPROVAL";
    public static final String APPROVED = "APPROVED";
    public static final String NOT_NEEDED = "NO APPROVAL NEEDED";
    public static final String NOTHING = "NOTHING TO DEPLOY";

    public ReleaseRequest {
        agents = List.copyOf(agents);
        unchanged = List.copyOf(unchanged);
        checks = List.copyOf(checks);
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }

    /**
     * This request once filed in the registry ({@code request --actor}): approved by its id from then on.
     *
     * @param versions the agent versions filed
     */
    public ReleaseRequest filed(List<dev.deploytrack.registry.AgentVersion> versions) {
        return approve == null ? this : new ReleaseRequest(id, project, environment, status, commit, target, agents,
                unchanged, checks, cost, risk, reasons, ReleaseRequests.approveCommand(project, environment, id,
                versions, true), notes);
    }

    /**
     * An agent going out.
     *
     * @param id            the agent
     * @param version       the version going out, or {@code null} when its files give none
     * @param replaces      the version it replaces, or {@code null} for a first deployment
     * @param runningSince  when the replaced version was last deployed, or {@code null}
     * @param deployedCommit the commit the replaced version was deployed from, or {@code null}
     * @param change        {@code changed}, {@code new} or {@code removed}
     * @param commits       the path-scoped commits since the environment's deployment (newest first, merges left
     *                      out, at most {@value ReleaseRequests#MAX_COMMITS})
     * @param tokensBefore  the tokens of its defining file as deployed, or {@code null}
     * @param tokensAfter   the tokens of its defining file going out, or {@code null}
     * @param writeTools    the tools that let it write, or empty
     * @param approvedBy    the people who approved this version for this environment
     * @param rollback      the rollback command for after the deployment, or {@code null}
     * @param rollbackCheck whether the registry would accept it: {@code accepted}, or why not
     */
    public record Outgoing(String id, String version, String replaces, Instant runningSince, String deployedCommit,
                           String change, List<GitHistory.Commit> commits, Integer tokensBefore,
                           Integer tokensAfter, List<String> writeTools, List<String> approvedBy, String rollback,
                           String rollbackCheck) {

        public Outgoing {
            commits = List.copyOf(commits);
            writeTools = List.copyOf(writeTools);
            approvedBy = List.copyOf(approvedBy);
        }
    }

    /** An agent the request leaves as it is. */
    public record Unchanged(String id, String version) {
    }

    /**
     * One check of what goes out.
     *
     * @param name    {@code validate}, {@code secret scan}, {@code promotion order}, {@code token budgets}
     * @param passed  whether it passed
     * @param verdict what it found, in one line
     */
    public record Check(String name, boolean passed, String verdict) {
    }

    /**
     * The environment's projected monthly cost (USD) as deployed and with this request.
     *
     * @param before  as deployed, or {@code null}
     * @param after   with the request, or {@code null}
     * @param limit   the monthly limit, or {@code null}
     * @param missing why a projection is missing, or {@code null}
     */
    public record Cost(BigDecimal before, BigDecimal after, BigDecimal limit, String missing) {
    }

    /** A risk rule the request meets, and why. */
    public record Reason(RiskLevel level, String rule, String why) {
    }
}
