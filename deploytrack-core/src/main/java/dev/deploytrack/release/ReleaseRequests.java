package dev.deploytrack.release;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.cost.Projection;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.drift.AgentLocator;
import dev.deploytrack.drift.DriftCheck;
import dev.deploytrack.drift.DriftFeature;
import dev.deploytrack.drift.DriftException;
import dev.deploytrack.drift.DriftReport;
import dev.deploytrack.drift.DriftStatus;
import dev.deploytrack.drift.GitHistory;
import dev.deploytrack.drift.ProjectScope;
import dev.deploytrack.git.CommitWorkspace;
import dev.deploytrack.git.GitException;
import dev.deploytrack.registry.AgentVersion;
import dev.deploytrack.registry.Approval;
import dev.deploytrack.registry.PromotionPolicy;
import dev.deploytrack.registry.RefusedException;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.registry.SemanticVersion;
import dev.deploytrack.report.Finding;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds {@code deploytrack request}: what goes out to an environment (the agents {@code drift} finds behind there,
 * against the commit that goes out), what each replaces and the commits that changed it, the checks of what goes out,
 * token and cost changes against what runs there, the risk from the team's rules, and the commands to approve and to
 * roll back, each checked against the registry with the rules the registry itself applies.
 */
public final class ReleaseRequests {

    /** A CI step that scans for secrets: deploytrack validate or scan (jar, launcher or goal), or gitleaks. */
    private static final java.util.regex.Pattern SCAN_IN_CI = java.util.regex.Pattern.compile(
            "deploytrack\\S*\\s+(validate|scan)\\b|deploytrack:(validate|scan)\\b|\\bgitleaks\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Commits listed per agent: enough to read, and the count says when there are more. */
    public static final int MAX_COMMITS = 20;

    private final GitHistory git;
    private final Registry registry;
    private final DeploytrackConfig config;
    private final Clock clock;
    private final Map<String, CommitWorkspace> workspaces = new HashMap<>();

    /**
     * @param registry the registry, read (a 1.0.0 registry migrated in memory)
     */
    public ReleaseRequests(GitHistory git, Registry registry, DeploytrackConfig config, Clock clock) {
        this.git = git;
        this.registry = registry;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param target the revision that goes out ({@code null}: {@code HEAD})
     */
    public ReleaseRequest build(ProjectScope scope, String environment, String target)
            throws DriftException, GitException {
        return assess(scope, environment, target).request();
    }

    boolean isProduction(String environment) {
        return config.registry().isProduction(environment);
    }

    /**
     * The request, and the facts behind it that a checklist ticks its boxes with.
     *
     * @param request      the request
     * @param validation   what validate found in what goes out
     * @param tightBudgets token budgets above 80%
     * @param costLevel    the environment's projection against its limits with the request, or {@code null}
     * @param unversioned  agents going out without a version
     * @param ciFiles      CI files that run a secret scan (validate, scan, or gitleaks)
     * @param instructions instruction files (AGENTS.md, CLAUDE.md, ...) of what goes out
     * @param drift        the environment as drift saw it
     */
    record Assessment(ReleaseRequest request, ReleaseChecks.Validation validation, List<Finding> tightBudgets,
                      Projection.Level costLevel, List<String> unversioned, List<String> ciFiles,
                      List<String> instructions, DriftReport.Environment drift) {
    }

    Assessment assess(ProjectScope scope, String environment, String target) throws DriftException, GitException {
        try {
            return request(scope, environment, target);
        } finally {
            workspaces.values().forEach(CommitWorkspace::close);
            workspaces.clear();
        }
    }

    private Assessment request(ProjectScope scope, String environment, String target)
            throws DriftException, GitException {
        RegistrySettings settings = config.registry();
        DriftReport drift = new DriftCheck(git, registry, settings, config.get(DriftFeature.SETTINGS), clock).run(new DriftCheck.Request(
                scope.name(), scope.directory(), List.of(environment), target, false, Duration.ZERO));
        DriftReport.Environment checked = drift.environments().get(0);
        String commit = git.commit(target == null ? "HEAD" : target).orElseThrow();
        String prefix = scope.directory().isEmpty() ? "" : scope.directory() + "/";
        AgentLocator locator = new AgentLocator(git, prefix, config.get(DriftFeature.SETTINGS).agentPaths());
        Map<String, AgentLocator.Located> going = locator.at(commit);
        PromotionPolicy policy = new PromotionPolicy(settings);
        List<String> notes = new ArrayList<>();
        if (checked.note() != null) {
            notes.add(checked.note());
        }

        List<ReleaseRequest.Outgoing> outgoing = new ArrayList<>();
        List<ReleaseRequest.Unchanged> unchanged = new ArrayList<>();
        List<ReleaseRequest.Reason> reasons = new ArrayList<>();
        Workspace after = workspace(commit, prefix);
        List<AgentVersion> versions = new ArrayList<>();
        for (DriftReport.Agent agent : agentsOf(checked, going)) {
            if (!agent.status().behind()) {
                unchanged.add(new ReleaseRequest.Unchanged(agent.id(), agent.deployedVersion()));
                continue;
            }
            AgentLocator.Located now = going.get(agent.id());
            String version = now == null ? null : now.version();
            String change = agent.status() == DriftStatus.REMOVED ? "removed"
                    : agent.deployedVersion() == null ? "new" : "changed";
            if (now != null && version == null) {
                notes.add(agent.id() + " has no version (metadata.version in its frontmatter): record-deployment "
                        + "cannot record it");
            } else if (version != null && version.equals(agent.deployedVersion())) {
                notes.add(agent.id() + " changed but is still version " + version + ": raise its version so the "
                        + "registry tells the deployments apart");
            }
            List<GitHistory.Commit> commits = agent.status() == DriftStatus.UNKNOWN ? List.of()
                    : git.commits(agent.deployedCommit(), commit, agent.paths());
            Integer tokensAfter = now == null ? null : ReleaseChecks.tokens(config, after, relative(now.file(),
                    prefix)).orElse(null);
            Integer tokensBefore = tokensBefore(agent, locator, prefix);
            List<String> writeTools = now == null || now.file() == null ? List.of() : writeTools(after, now, prefix);
            List<String> approvedBy = version == null ? List.of() : approvers(scope.name(), environment, agent.id(),
                    version);
            String rollback = null;
            String rollbackCheck = null;
            if (agent.deployedVersion() != null && version != null) {
                rollback = "deploytrack rollback --name " + scope.name() + " --env " + environment + " --agent "
                        + agent.id() + "@" + agent.deployedVersion() + " --actor human:<name> --reason \"<why>\"";
                try {
                    policy.checkRollback(registry, scope.name(), environment, version,
                            new AgentVersion(agent.id(), agent.deployedVersion()));
                    rollbackCheck = "accepted";
                } catch (RefusedException e) {
                    rollbackCheck = "refused: " + e.getMessage();
                }
            }
            outgoing.add(new ReleaseRequest.Outgoing(agent.id(), version, agent.deployedVersion(),
                    agent.deployedAt(), agent.deployedCommit(), change, commits.subList(0, Math.min(MAX_COMMITS,
                    commits.size())), tokensBefore, tokensAfter, writeTools, approvedBy, rollback, rollbackCheck));
            if (version != null && !change.equals("removed")) {
                versions.add(new AgentVersion(agent.id(), version));
            }
        }

        List<ReleaseRequest.Check> checks = new ArrayList<>();
        ReleaseChecks.Validation validation = ReleaseChecks.validate(config, after);
        checks.add(new ReleaseRequest.Check("validate", validation.errors() == 0, ReleaseChecks.counts(validation)
                + " in " + validation.files() + (validation.files() == 1 ? " file" : " files")
                + firstProblem(validation.firstProblems())));
        checks.add(new ReleaseRequest.Check("secret scan", validation.secrets() == 0, validation.secrets() == 0
                ? "no secrets found" : validation.secrets() + " secrets found (shown redacted by validate)"));
        checks.add(promotion(policy, scope.name(), environment, versions));
        List<Finding> tight = ReleaseChecks.tightBudgets(config, after);
        checks.add(new ReleaseRequest.Check("token budgets", tight.isEmpty(), tight.isEmpty()
                ? "every budget keeps 20% headroom" : tight.size() + " budgets above 80%: " + tight.get(0).message()));

        ReleaseChecks.Cost projected = ReleaseChecks.cost(config, after, environment,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        ReleaseRequest.Cost cost = cost(environment, commit, prefix, checked);
        RiskLevel risk = risk(outgoing, validation, cost, reasons);
        String id = id(scope.name(), environment, commit, versions);
        String status = outgoing.isEmpty() ? ReleaseRequest.NOTHING
                : !settings.isProduction(environment) ? ReleaseRequest.NOT_NEEDED
                : outgoing.stream().filter(o -> !o.change().equals("removed"))
                .allMatch(o -> !o.approvedBy().isEmpty()) ? ReleaseRequest.APPROVED : ReleaseRequest.AWAITING;
        String approve = settings.isProduction(environment) && !versions.isEmpty()
                ? approveCommand(scope.name(), environment, id, versions, isFiled(scope.name(), id)) : null;
        ReleaseRequest request = new ReleaseRequest(id, scope.name(), environment, status, commit,
                target == null ? "HEAD" : target, outgoing, unchanged, checks, cost, risk, reasons, approve, notes);
        List<String> unversioned = going.values().stream().filter(agent -> agent.version() == null)
                .map(AgentLocator.Located::id).toList();
        return new Assessment(request, validation, tight, projected.projection() == null ? null
                : projected.projection().level(), unversioned, ciFilesWithScan(commit),
                AgentFileDiscovery.discover(after).instructionFiles(), checked);
    }

    /** CI files of the whole repository that run a secret scan: deploytrack validate or scan, or gitleaks. */
    private List<String> ciFilesWithScan(String commit) throws GitException {
        CommitWorkspace all = workspace(commit, "");
        List<String> found = new ArrayList<>();
        for (String file : all.files()) {
            boolean ci = (file.startsWith(".github/workflows/") && (file.endsWith(".yml") || file.endsWith(".yaml")))
                    || file.equals(".gitlab-ci.yml") || file.equals("Jenkinsfile")
                    || file.equals(".circleci/config.yml") || file.equals("azure-pipelines.yml");
            if (!ci) {
                continue;
            }
            try {
                if (all.size(file) > 1 << 20) {
                    continue;
                }
                String text = new String(all.read(file), StandardCharsets.UTF_8);
                if (SCAN_IN_CI.matcher(text).find()) {
                    found.add(file);
                }
            } catch (IOException e) {
                // an unreadable file is not one that scans
            }
        }
        return found;
    }

    /** The drift report's agents, and agents going out that it could not place (never in the environment). */
    private static List<DriftReport.Agent> agentsOf(DriftReport.Environment checked,
                                                    Map<String, AgentLocator.Located> going) {
        return checked.agents().isEmpty() && !going.isEmpty() ? going.values().stream()
                .map(agent -> new DriftReport.Agent(agent.id(), DriftStatus.NEVER_DEPLOYED, null, null, null,
                        agent.version(), agent.paths(), List.of(), null, null, false, null)).toList()
                : checked.agents();
    }

    private Integer tokensBefore(DriftReport.Agent agent, AgentLocator locator, String prefix) throws GitException {
        if (agent.deployedCommit() == null || agent.status() == DriftStatus.UNKNOWN) {
            return null;
        }
        AgentLocator.Located then = locator.at(agent.deployedCommit()).get(agent.id());
        if (then == null || then.file() == null) {
            return null;
        }
        return ReleaseChecks.tokens(config, workspace(agent.deployedCommit(), prefix), relative(then.file(), prefix))
                .orElse(null);
    }

    private static List<String> writeTools(Workspace workspace, AgentLocator.Located agent, String prefix) {
        String file = relative(agent.file(), prefix);
        try {
            return AgentTools.writing(workspace.read(file), !file.endsWith("SKILL.md")
                    && !file.endsWith("skill.md"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private List<String> approvers(String project, String environment, String agent, String version) {
        TreeSet<String> approvers = new TreeSet<>();
        for (Approval approval : registry.approvals()) {
            if (project.equals(approval.project()) && environment.equals(approval.environment())
                    && agent.equals(approval.agent()) && version.equals(approval.version())
                    && approval.approver() != null && approval.approver().isHuman()) {
                approvers.add(approval.approver().toString());
            }
        }
        return List.copyOf(approvers);
    }

    private ReleaseRequest.Check promotion(PromotionPolicy policy, String project, String environment,
                                           List<AgentVersion> versions) {
        Optional<String> previous = config.registry().previous(environment);
        if (previous.isEmpty()) {
            return new ReleaseRequest.Check("promotion order", true, environment + " comes first: no earlier "
                    + "environment to have passed");
        }
        try {
            policy.checkOrder(registry, project, environment, versions);
            return new ReleaseRequest.Check("promotion order", true, "every version going out ran in "
                    + previous.get());
        } catch (RefusedException e) {
            return new ReleaseRequest.Check("promotion order", false, e.getMessage());
        }
    }

    private ReleaseRequest.Cost cost(String environment, String commit, String prefix,
                                     DriftReport.Environment checked) throws GitException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ReleaseChecks.Cost after = ReleaseChecks.cost(config, workspace(commit, prefix), environment, today);
        String deployed = latestDeployedCommit(checked);
        ReleaseChecks.Cost before = deployed == null ? null
                : ReleaseChecks.cost(config, workspace(deployed, prefix), environment, today);
        BigDecimal limit = after.projection() == null ? null : after.projection().checks().stream()
                .filter(check -> check.period().equals("monthly")).map(Projection.LimitCheck::limit).findFirst()
                .orElse(null);
        String missing = after.missing() != null ? after.missing()
                : deployed == null ? "nothing deployed to " + environment + " to compare with" : null;
        return new ReleaseRequest.Cost(before == null || before.projection() == null ? null
                : before.projection().monthly(), after.projection() == null ? null : after.projection().monthly(),
                limit, missing);
    }

    /** The commit of the environment's most recent agent deployment. */
    private static String latestDeployedCommit(DriftReport.Environment checked) {
        DriftReport.Agent latest = null;
        for (DriftReport.Agent agent : checked.agents()) {
            if (agent.deployedCommit() != null && agent.deployedAt() != null && agent.status() != DriftStatus.UNKNOWN
                    && (latest == null || agent.deployedAt().isAfter(latest.deployedAt()))) {
                latest = agent;
            }
        }
        return latest == null ? null : latest.deployedCommit();
    }

    private RiskLevel risk(List<ReleaseRequest.Outgoing> outgoing, ReleaseChecks.Validation validation,
                           ReleaseRequest.Cost cost, List<ReleaseRequest.Reason> reasons) {
        RiskLevel level = RiskLevel.LOW;
        for (RiskRule rule : config.get(RequestFeature.SETTINGS).risk()) {
            for (String why : met(rule, outgoing, validation, cost)) {
                reasons.add(new ReleaseRequest.Reason(rule.level(), rule.kind().key(), why));
                level = rule.level().compareTo(level) > 0 ? rule.level() : level;
            }
        }
        reasons.sort((a, b) -> b.level().compareTo(a.level()));
        return level;
    }

    private static List<String> met(RiskRule rule, List<ReleaseRequest.Outgoing> outgoing,
                                    ReleaseChecks.Validation validation, ReleaseRequest.Cost cost) {
        List<String> why = new ArrayList<>();
        switch (rule.kind()) {
            case FIRST_DEPLOYMENT -> outgoing.stream().filter(o -> o.change().equals("new")).forEach(o ->
                    why.add(o.id() + " has never been deployed here"));
            case WRITE_TOOLS -> outgoing.stream().filter(o -> !o.writeTools().isEmpty()).forEach(o ->
                    why.add(o.id() + " may write: " + String.join(", ", o.writeTools())));
            case FINDINGS -> {
                if (validation.errors() > 0 || validation.secrets() > 0) {
                    why.add("validate found " + validation.errors() + " errors and " + validation.secrets()
                            + " secrets in what goes out");
                }
            }
            case COST_INCREASE -> {
                BigDecimal increase = increase(cost.before(), cost.after());
                if (increase != null && increase.compareTo(rule.overPercent()) > 0) {
                    why.add("the projected monthly cost rises " + increase.toPlainString() + "%, over "
                            + rule.overPercent().toPlainString() + "%");
                }
            }
            case TOKEN_INCREASE -> outgoing.forEach(o -> {
                BigDecimal increase = o.tokensBefore() == null || o.tokensAfter() == null ? null
                        : increase(BigDecimal.valueOf(o.tokensBefore()), BigDecimal.valueOf(o.tokensAfter()));
                if (increase != null && increase.compareTo(rule.overPercent()) > 0) {
                    why.add(o.id() + "'s tokens rise " + increase.toPlainString() + "% (" + o.tokensBefore()
                            + " to " + o.tokensAfter() + "), over " + rule.overPercent().toPlainString() + "%");
                }
            });
            case MAJOR_VERSION -> outgoing.stream().filter(o -> o.replaces() != null && o.version() != null
                    && majorChanges(o.replaces(), o.version())).forEach(o ->
                    why.add(o.id() + " goes from " + o.replaces() + " to " + o.version() + ", a new major version"));
        }
        return why;
    }

    /** The increase from {@code before} to {@code after} in percent, one decimal; {@code null} when unknown. */
    static BigDecimal increase(BigDecimal before, BigDecimal after) {
        if (before == null || after == null || before.signum() <= 0) {
            return null;
        }
        return after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }

    private static boolean majorChanges(String from, String to) {
        Optional<SemanticVersion> a = SemanticVersion.parse(from);
        Optional<SemanticVersion> b = SemanticVersion.parse(to);
        return a.isPresent() && b.isPresent() && !a.get().major().equals(b.get().major());
    }

    /**
     * The command that approves a request: by its id once the request is filed in the registry ({@code approve
     * --request} answers only a filed request, and then also refuses whoever filed it), else by the agent versions.
     */
    static String approveCommand(String project, String environment, String id, List<AgentVersion> versions,
                                 boolean filed) {
        StringBuilder command = new StringBuilder("deploytrack approve --name ").append(project).append(" --env ")
                .append(environment);
        if (filed) {
            command.append(" --request ").append(id);
        } else {
            versions.forEach(version -> command.append(" --agent ").append(version));
        }
        return command.append(" --actor human:<name>").toString();
    }

    private boolean isFiled(String project, String id) {
        return registry.history().stream().anyMatch(entry -> entry.isRequest() && id.equals(entry.request())
                && project.equals(entry.project()));
    }

    /** The request's id: the same project, environment, commit and versions give the same id. */
    static String id(String project, String environment, String commit, List<AgentVersion> versions) {
        StringBuilder text = new StringBuilder(project).append('\n').append(environment).append('\n').append(commit);
        versions.stream().map(AgentVersion::toString).sorted().forEach(v -> text.append('\n').append(v));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return "r-" + HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String firstProblem(List<Finding> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        Finding first = problems.get(0);
        return "; first: " + first.path() + ":" + first.line() + ": " + first.message();
    }

    /** The tree of {@code commit} under {@code prefix}, opened once per commit and prefix. */
    private CommitWorkspace workspace(String commit, String prefix) throws GitException {
        String key = commit + "\0" + prefix; // the project's directory and the whole repository are two trees
        CommitWorkspace workspace = workspaces.get(key);
        if (workspace == null) {
            workspace = CommitWorkspace.open(gitOf(), commit, prefix, git.top().resolve(prefix.isEmpty() ? "."
                    : prefix).normalize(), config.excludes());
            workspaces.put(key, workspace);
        }
        return workspace;
    }

    private dev.deploytrack.git.Git gitOf() {
        return new dev.deploytrack.git.Git(git.top());
    }

    private static String relative(String file, String prefix) {
        return file == null ? null : file.startsWith(prefix) ? file.substring(prefix.length()) : file;
    }
}
