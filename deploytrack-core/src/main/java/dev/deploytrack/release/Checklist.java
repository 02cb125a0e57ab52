package dev.deploytrack.release;

import dev.deploytrack.cost.Projection;
import dev.deploytrack.drift.DriftException;
import dev.deploytrack.drift.ProjectScope;
import dev.deploytrack.git.GitException;
import dev.deploytrack.registry.AgentDeployment;
import dev.deploytrack.registry.HistoryEntry;
import dev.deploytrack.report.MarkdownText;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.report.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code deploytrack checklist --env ENV}: the deployment checklist and the production readiness checklist of a
 * project's environment, every box the data decides ticked or left open with the reason, and the rest left to a
 * person. The boxes come from the same checks as the deployment request ({@link ReleaseRequests}).
 *
 * @param project     the project
 * @param environment the environment
 * @param commit      the commit that goes out
 * @param lists       the deployment checklist, then the readiness checklist's sections
 */
public record Checklist(String project, String environment, String commit, List<Section> lists) {

    public Checklist {
        lists = List.copyOf(lists);
    }

    /** A list of boxes under a title. */
    public record Section(String title, List<Item> items) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * A box.
     *
     * @param text   what it asks
     * @param state  decided by the data (done or open), or for a person
     * @param reason why it is open, what the data shows, or {@code null}
     */
    public record Item(String text, State state, String reason) {
    }

    /** Whether the data ticked a box, left it open, or leaves it to a person. */
    public enum State {
        DONE, OPEN, PERSON;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Items the data decided and left open. */
    public long open() {
        return lists.stream().flatMap(section -> section.items().stream()).filter(item -> item.state() == State.OPEN)
                .count();
    }

    /** Builds the checklist of what {@code target} would deploy to {@code environment}. */
    public static Checklist build(ReleaseRequests requests, Registry registry, ProjectScope scope, String environment,
                                  String target) throws DriftException, GitException {
        ReleaseRequests.Assessment facts = requests.assess(scope, environment, target);
        ReleaseRequest request = facts.request();
        boolean production = requests.isProduction(environment);
        List<Section> lists = new ArrayList<>();
        lists.add(new Section("Deployment checklist", deployment(request, facts, production)));
        lists.add(new Section("Agent configuration", configuration(facts)));
        lists.add(new Section("Quality", quality(request, facts)));
        lists.add(new Section("Operations", operations(request, facts, registry, scope, environment)));
        lists.add(new Section("Security", security(facts)));
        lists.add(new Section("Documentation", documentation(facts, registry, scope, environment)));
        lists.add(new Section("Approval", approval(request, registry, scope, environment, production)));
        return new Checklist(scope.name(), environment, request.commit(), lists);
    }

    private static List<Item> deployment(ReleaseRequest request, ReleaseRequests.Assessment facts,
                                         boolean production) {
        List<Item> items = new ArrayList<>();
        items.add(decided("What goes out is known (deploytrack request)", true, request.agents().isEmpty()
                ? "nothing: every agent deployed has these files" : request.agents().size() + " agents: "
                + String.join(", ", request.agents().stream().map(a -> a.id() + " " + (a.version() == null
                ? "(no version)" : a.version())).toList())));
        for (ReleaseRequest.Check check : request.checks()) {
            items.add(decided(switch (check.name()) {
                case "validate" -> "validate passes";
                case "secret scan" -> "The secret scan finds nothing";
                case "promotion order" -> "Every version ran in the environment before";
                default -> "Token budgets keep 20% headroom";
            }, check.passed(), check.verdict()));
        }
        items.add(decided("The projected cost is within the environment's limits", facts.costLevel() == null
                        || facts.costLevel() != Projection.Level.FAILED, costReason(request, facts)));
        if (production) {
            items.add(decided("A person other than the requester approved every version",
                    request.status().equals(ReleaseRequest.APPROVED), request.status().equals(ReleaseRequest.APPROVED)
                            ? "approved" : "awaiting: " + request.approve()));
        }
        items.add(person("Deploy commit " + ReleaseRequestWriter.shortId(request.commit()), null));
        items.add(decided("The deployment is recorded and the agents are in sync (deploytrack drift)",
                request.agents().isEmpty(), request.agents().isEmpty() ? "every agent is in sync"
                        : request.agents().size() + " agents behind until it is recorded"));
        return items;
    }

    private static List<Item> configuration(ReleaseRequests.Assessment facts) {
        List<Item> items = new ArrayList<>();
        items.add(decided("Every skill is valid (Agent Skills specification)", facts.validation().skillErrors() == 0,
                facts.validation().skillErrors() == 0 ? null : facts.validation().skillErrors() + " skill errors"));
        items.add(decided("Every agent has a version (metadata.version)", facts.unversioned().isEmpty(),
                facts.unversioned().isEmpty() ? null : "no version: " + String.join(", ", facts.unversioned())));
        List<String> writers = new ArrayList<>();
        facts.request().agents().stream().filter(a -> !a.writeTools().isEmpty())
                .forEach(a -> writers.add(a.id() + " (" + String.join(", ", a.writeTools()) + ")"));
        items.add(person("The tools each agent may use are the ones it needs", writers.isEmpty()
                ? "no agent going out may write" : "may write: " + String.join("; ", writers)));
        return items;
    }

    private static List<Item> quality(ReleaseRequest request, ReleaseRequests.Assessment facts) {
        List<Item> items = new ArrayList<>();
        items.add(decided("validate passes with no errors", facts.validation().errors() == 0,
                ReleaseChecks.counts(facts.validation())));
        items.add(decided("Token budgets keep 20% headroom", facts.tightBudgets().isEmpty(),
                facts.tightBudgets().isEmpty() ? null : facts.tightBudgets().get(0).path() + ": "
                        + facts.tightBudgets().get(0).message()));
        items.add(person("The agents were tried on representative inputs and edge cases", null));
        return items;
    }

    private static List<Item> operations(ReleaseRequest request, ReleaseRequests.Assessment facts, Registry registry,
                                         ProjectScope scope, String environment) {
        List<Item> items = new ArrayList<>();
        items.add(decided("The cost projection is within the limits", facts.costLevel() != null
                && facts.costLevel() == Projection.Level.OK, costReason(request, facts)));
        List<String> noRollback = request.agents().stream().filter(a -> a.rollback() == null
                || !"accepted".equals(a.rollbackCheck())).map(ReleaseRequest.Outgoing::id).toList();
        items.add(decided("A rollback is recorded for every agent going out (an earlier version ran in "
                + environment + ")", noRollback.isEmpty(), noRollback.isEmpty() ? null
                : "no rollback the registry would accept for: " + String.join(", ", noRollback)));
        List<String> withoutCommit = new ArrayList<>();
        registry.project(scope.name()).ifPresent(project -> project.agents().stream()
                .filter(a -> environment.equals(a.environment()) && a.gitCommit() == null)
                .map(AgentDeployment::id).forEach(withoutCommit::add));
        items.add(decided("Every deployment in " + environment + " is recorded with its commit",
                withoutCommit.isEmpty(), withoutCommit.isEmpty() ? null
                        : "without a commit: " + String.join(", ", withoutCommit)));
        boolean application = registry.history().stream().anyMatch(e -> e.isComponentDeployment()
                && scope.name().equals(e.project()) && environment.equals(e.environment()));
        items.add(decided("The application's deployments are recorded (record-deployment --component app)",
                application, application ? null : "no application deployment recorded in " + environment
                        + ": drift --against-app has nothing to compare with"));
        items.add(person("Monitoring and alerts watch the agents' errors and spend", null));
        return items;
    }

    private static List<Item> security(ReleaseRequests.Assessment facts) {
        List<Item> items = new ArrayList<>();
        items.add(decided("No secrets in the agent files", facts.validation().secrets() == 0,
                facts.validation().secrets() == 0 ? null : facts.validation().secrets() + " secrets found"));
        items.add(decided("Secret scanning runs in CI", !facts.ciFiles().isEmpty(), facts.ciFiles().isEmpty()
                ? "no workflow runs deploytrack validate, deploytrack scan or gitleaks"
                : "in " + String.join(", ", facts.ciFiles())));
        items.add(person("MCP servers and tool permissions were reviewed for least privilege", null));
        return items;
    }

    private static List<Item> documentation(ReleaseRequests.Assessment facts, Registry registry, ProjectScope scope,
                                            String environment) {
        List<Item> items = new ArrayList<>();
        items.add(decided("Instructions for the agents are written down (AGENTS.md, CLAUDE.md)",
                !facts.instructions().isEmpty(), facts.instructions().isEmpty() ? "no instruction file"
                        : String.join(", ", facts.instructions())));
        List<String> missing = new ArrayList<>();
        registry.project(scope.name()).ifPresent(project -> project.agents().stream()
                .filter(a -> environment.equals(a.environment()) && !a.testimonyCollected())
                .map(AgentDeployment::id).forEach(missing::add));
        boolean deployed = registry.project(scope.name()).map(p -> p.agents().stream()
                .anyMatch(a -> environment.equals(a.environment()))).orElse(false);
        items.add(decided("Testimony is collected for the agents running in " + environment, deployed
                && missing.isEmpty(), !deployed ? "no agent runs there yet" : missing.isEmpty() ? null
                : "not collected: " + String.join(", ", missing) + " (deploytrack testimony)"));
        items.add(person("Release notes describe what changes for users", null));
        return items;
    }

    private static List<Item> approval(ReleaseRequest request, Registry registry, ProjectScope scope,
                                       String environment, boolean production) {
        List<Item> items = new ArrayList<>();
        if (!production) {
            items.add(decided("No approval is needed in " + environment, true, null));
        } else {
            boolean filed = registry.history().stream().anyMatch(e -> e.isRequest()
                    && request.id().equals(e.request()) && scope.name().equals(e.project()));
            items.add(decided("The deployment request is filed (deploytrack request --actor ...)", filed, filed
                    ? "request " + request.id() : "request " + request.id() + " is not in the registry"));
            String requester = registry.history().stream().filter(e -> e.isRequest()
                    && request.id().equals(e.request())).map(HistoryEntry::actor).filter(a -> a != null)
                    .map(Object::toString).findFirst().orElse(null);
            List<String> unapproved = request.agents().stream().filter(a -> a.approvedBy().isEmpty()
                    && !a.change().equals("removed")).map(ReleaseRequest.Outgoing::id).toList();
            items.add(decided("A person other than the requester approved every version", unapproved.isEmpty()
                    && !request.agents().isEmpty(), unapproved.isEmpty() ? requester == null ? null
                    : "requested by " + requester : "not approved: " + String.join(", ", unapproved)));
        }
        items.add(person("The people who depend on the agents know the deployment is coming", null));
        return items;
    }

    private static String costReason(ReleaseRequest request, ReleaseRequests.Assessment facts) {
        ReleaseRequest.Cost cost = request.cost();
        if (facts.costLevel() == null) {
            return cost.missing() == null ? "not projected" : cost.missing();
        }
        return facts.costLevel().label() + (cost.after() == null ? "" : ": "
                + dev.deploytrack.cost.Money.usd(cost.after()) + " a month" + (cost.limit() == null ? ""
                : " of " + dev.deploytrack.cost.Money.usd(cost.limit())));
    }

    private static Item decided(String text, boolean done, String reason) {
        return new Item(text, done ? State.DONE : State.OPEN, reason);
    }

    private static Item person(String text, String reason) {
        return new Item(text, State.PERSON, reason);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("## Checklist: ").append(MarkdownText.text(project)).append(" to ")
                .append(MarkdownText.text(environment)).append(" at ")
                .append(MarkdownText.code(ReleaseRequestWriter.shortId(commit))).append("\n\n");
        out.append("Ticked boxes are decided by the data; open boxes say why; boxes marked _(for a person)_ are left "
                + "to you.\n");
        for (int i = 0; i < lists.size(); i++) {
            Section section = lists.get(i);
            out.append(i == 1 ? "\n## Production readiness\n" : "").append("\n### ")
                    .append(MarkdownText.text(section.title())).append("\n\n");
            for (Item item : section.items()) {
                out.append("- [").append(item.state() == State.DONE ? "x" : " ").append("] ")
                        .append(MarkdownText.text(item.text()));
                if (item.state() == State.PERSON) {
                    out.append(" _(for a person)_");
                }
                if (item.reason() != null) {
                    out.append(" — ").append(MarkdownText.text(item.reason()));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    public String text() {
        StringBuilder out = new StringBuilder("checklist of ").append(project).append(" to ").append(environment)
                .append(" at ").append(ReleaseRequestWriter.shortId(commit)).append('\n');
        for (Section section : lists) {
            out.append('\n').append(section.title()).append('\n');
            for (Item item : section.items()) {
                out.append(switch (item.state()) {
                    case DONE -> "  [x] ";
                    case OPEN -> "  [ ] ";
                    case PERSON -> "  [?] ";
                }).append(item.text());
                if (item.reason() != null) {
                    out.append(": ").append(item.reason());
                }
                out.append('\n');
            }
        }
        out.append("\n[x] decided by the data, [ ] open, [?] for a person; ").append(open())
                .append(" open\n");
        return out.toString();
    }

    public String json() {
        return JsonOutput.text(json -> {
            json.writeStartObject();
            json.writeStringField("project", project);
            json.writeStringField("environment", environment);
            json.writeStringField("commit", commit);
            json.writeNumberField("open", open());
            json.writeArrayFieldStart("sections");
            for (Section section : lists) {
                json.writeStartObject();
                json.writeStringField("title", section.title());
                json.writeArrayFieldStart("items");
                for (Item item : section.items()) {
                    json.writeStartObject();
                    json.writeStringField("text", item.text());
                    json.writeStringField("state", item.state().id());
                    json.writeStringField("reason", item.reason());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
