package dev.deploytrack.release;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.deploytrack.cost.Money;
import dev.deploytrack.drift.GitHistory;
import dev.deploytrack.report.MarkdownText;
import dev.deploytrack.report.JsonOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A deployment request as Markdown (the page a person approves from, and the step summary), text and JSON. */
public final class ReleaseRequestWriter {

    private ReleaseRequestWriter() {
    }

    public static String markdown(ReleaseRequest request) {
        StringBuilder out = new StringBuilder();
        out.append("## Deployment request: ").append(MarkdownText.text(request.project())).append(" to ")
                .append(MarkdownText.text(request.environment())).append("\n\n");
        out.append("**Status: ").append(request.status()).append("** · request ").append(MarkdownText.code(
                request.id())).append(" · commit ").append(MarkdownText.code(shortId(request.commit()))).append(" (")
                .append(MarkdownText.text(request.target())).append(") · risk **").append(request.risk().id()
                        .toUpperCase(java.util.Locale.ROOT)).append("**\n\n");

        out.append("### Agents going out\n\n");
        if (request.agents().isEmpty()) {
            out.append("None: every agent deployed to ").append(MarkdownText.text(request.environment()))
                    .append(" has the files of this commit.\n\n");
        } else {
            out.append("| Agent | Version | Replaces | Running since | Commits | Tokens | Approved by |\n");
            out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
            for (ReleaseRequest.Outgoing agent : request.agents()) {
                out.append("| ").append(MarkdownText.text(agent.id())).append(" | ")
                        .append(MarkdownText.orDash(agent.change().equals("removed") ? "removed" : agent.version()))
                        .append(" | ").append(agent.replaces() == null ? "— (first deployment)"
                                : MarkdownText.text(agent.replaces())).append(" | ")
                        .append(MarkdownText.orDash(agent.runningSince() == null ? null
                                : agent.runningSince().toString())).append(" | ").append(agent.commits().size())
                        .append(" | ").append(MarkdownText.text(tokens(agent))).append(" | ")
                        .append(agent.approvedBy().isEmpty() ? "—" : MarkdownText.text(String.join(", ",
                                agent.approvedBy()))).append(" |\n");
            }
            out.append('\n');
        }
        if (!request.unchanged().isEmpty()) {
            List<String> names = new ArrayList<>();
            request.unchanged().forEach(u -> names.add(u.id() + (u.version() == null ? "" : " " + u.version())));
            out.append("Unchanged: ").append(MarkdownText.text(String.join(", ", names))).append(".\n\n");
        }

        out.append("### Changes since ").append(MarkdownText.text(request.environment()))
                .append("'s deployment\n\n");
        boolean any = false;
        for (ReleaseRequest.Outgoing agent : request.agents()) {
            if (agent.commits().isEmpty()) {
                continue;
            }
            any = true;
            out.append("- **").append(MarkdownText.text(agent.id())).append("**\n");
            for (GitHistory.Commit commit : agent.commits()) {
                out.append("  - ").append(MarkdownText.code(shortId(commit.commit()))).append(' ')
                        .append(MarkdownText.text(commit.subject())).append(" (").append(commit.time()).append(")\n");
            }
        }
        out.append(any ? "\n" : "No commit to list.\n\n");

        out.append("### Checks\n\n| Check | Verdict |\n| --- | --- |\n");
        for (ReleaseRequest.Check check : request.checks()) {
            out.append("| ").append(check.name()).append(" | ").append(check.passed() ? "passed: " : "**failed**: ")
                    .append(MarkdownText.text(check.verdict())).append(" |\n");
        }
        out.append("\n### Cost\n\n").append(MarkdownText.text(cost(request))).append("\n\n");

        out.append("### Risk: ").append(request.risk().id().toUpperCase(java.util.Locale.ROOT)).append("\n\n");
        if (request.reasons().isEmpty()) {
            out.append("No risk rule is met.\n\n");
        } else {
            for (ReleaseRequest.Reason reason : request.reasons()) {
                out.append("- ").append(reason.level().id()).append(": ").append(MarkdownText.text(reason.why()))
                        .append(" (").append(MarkdownText.code(reason.rule())).append(")\n");
            }
            out.append('\n');
        }
        if (request.approve() != null) {
            out.append("### To approve\n\nA person other than whoever requested it runs:\n\n```bash\n")
                    .append(request.approve()).append("\n```\n\n");
        }
        List<ReleaseRequest.Outgoing> rollbacks = request.agents().stream().filter(a -> a.rollback() != null)
                .toList();
        if (!request.agents().isEmpty()) {
            out.append("### To roll back after the deployment\n\n");
            for (ReleaseRequest.Outgoing agent : request.agents()) {
                if (agent.rollback() == null) {
                    out.append("- ").append(MarkdownText.text(agent.id())).append(": no earlier version ran in ")
                            .append(MarkdownText.text(request.environment())).append('\n');
                } else {
                    out.append("- ").append(MarkdownText.text(agent.id())).append(" (")
                            .append(MarkdownText.text(agent.rollbackCheck())).append("): ")
                            .append(MarkdownText.code(agent.rollback())).append('\n');
                }
            }
            out.append(rollbacks.isEmpty() ? "" : "\n");
        }
        for (String note : request.notes()) {
            out.append("> ").append(MarkdownText.text(note)).append('\n');
        }
        return out.toString();
    }

    public static String text(ReleaseRequest request) {
        StringBuilder out = new StringBuilder();
        out.append("deployment request ").append(request.id()).append(": ").append(request.project()).append(" to ")
                .append(request.environment()).append(" at ").append(shortId(request.commit())).append(" (")
                .append(request.target()).append(")\n");
        out.append("status: ").append(request.status()).append("; risk: ").append(request.risk().id()).append("\n\n");
        for (ReleaseRequest.Outgoing agent : request.agents()) {
            out.append("  ").append(agent.id()).append(' ').append(agent.change().equals("removed") ? "removed"
                    : String.valueOf(agent.version())).append(agent.replaces() == null ? " (first deployment)"
                    : " replaces " + agent.replaces()).append(", ").append(agent.commits().size())
                    .append(agent.commits().size() == 1 ? " commit" : " commits").append(", tokens ")
                    .append(tokens(agent)).append('\n');
            for (GitHistory.Commit commit : agent.commits()) {
                out.append("    ").append(shortId(commit.commit())).append(' ').append(commit.subject()).append('\n');
            }
        }
        if (request.agents().isEmpty()) {
            out.append("  nothing to deploy\n");
        }
        out.append('\n');
        for (ReleaseRequest.Check check : request.checks()) {
            out.append(check.name()).append(": ").append(check.passed() ? "passed" : "FAILED").append(" (")
                    .append(check.verdict()).append(")\n");
        }
        out.append("cost: ").append(cost(request)).append('\n');
        for (ReleaseRequest.Reason reason : request.reasons()) {
            out.append("risk ").append(reason.level().id()).append(": ").append(reason.why()).append(" [")
                    .append(reason.rule()).append("]\n");
        }
        if (request.approve() != null) {
            out.append("approve: ").append(request.approve()).append('\n');
        }
        for (ReleaseRequest.Outgoing agent : request.agents()) {
            if (agent.rollback() != null) {
                out.append("rollback ").append(agent.id()).append(" (").append(agent.rollbackCheck()).append("): ")
                        .append(agent.rollback()).append('\n');
            }
        }
        for (String note : request.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        return out.toString();
    }

    public static String json(ReleaseRequest request) {
        return JsonOutput.text(json -> {
            json.writeStartObject();
            json.writeStringField("id", request.id());
            json.writeStringField("project", request.project());
            json.writeStringField("environment", request.environment());
            json.writeStringField("status", request.status());
            json.writeStringField("commit", request.commit());
            json.writeStringField("target", request.target());
            json.writeStringField("risk", request.risk().id());
            json.writeArrayFieldStart("agents");
            for (ReleaseRequest.Outgoing agent : request.agents()) {
                json.writeStartObject();
                json.writeStringField("id", agent.id());
                json.writeStringField("version", agent.version());
                json.writeStringField("replaces", agent.replaces());
                json.writeStringField("running_since", agent.runningSince() == null ? null
                        : agent.runningSince().toString());
                json.writeStringField("deployed_commit", agent.deployedCommit());
                json.writeStringField("change", agent.change());
                json.writeArrayFieldStart("commits");
                for (GitHistory.Commit commit : agent.commits()) {
                    json.writeStartObject();
                    json.writeStringField("commit", commit.commit());
                    json.writeStringField("time", commit.time().toString());
                    json.writeStringField("subject", commit.subject());
                    json.writeEndObject();
                }
                json.writeEndArray();
                number(json, "tokens_before", agent.tokensBefore());
                number(json, "tokens_after", agent.tokensAfter());
                JsonOutput.strings(json, "write_tools", agent.writeTools());
                JsonOutput.strings(json, "approved_by", agent.approvedBy());
                json.writeStringField("rollback", agent.rollback());
                json.writeStringField("rollback_check", agent.rollbackCheck());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unchanged");
            for (ReleaseRequest.Unchanged agent : request.unchanged()) {
                json.writeStartObject();
                json.writeStringField("id", agent.id());
                json.writeStringField("version", agent.version());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("checks");
            for (ReleaseRequest.Check check : request.checks()) {
                json.writeStartObject();
                json.writeStringField("name", check.name());
                json.writeBooleanField("passed", check.passed());
                json.writeStringField("verdict", check.verdict());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("cost");
            decimal(json, "monthly_before", cents(request.cost().before()));
            decimal(json, "monthly_after", cents(request.cost().after()));
            decimal(json, "monthly_limit", cents(request.cost().limit()));
            decimal(json, "increase_percent", ReleaseRequests.increase(request.cost().before(),
                    request.cost().after()));
            json.writeStringField("missing", request.cost().missing());
            json.writeEndObject();
            json.writeArrayFieldStart("risk_reasons");
            for (ReleaseRequest.Reason reason : request.reasons()) {
                json.writeStartObject();
                json.writeStringField("level", reason.level().id());
                json.writeStringField("rule", reason.rule());
                json.writeStringField("why", reason.why());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("approve", request.approve());
            JsonOutput.strings(json, "notes", request.notes());
            json.writeEndObject();
        });
    }

    private static String cost(ReleaseRequest request) {
        ReleaseRequest.Cost cost = request.cost();
        if (cost.after() == null) {
            return cost.missing() == null ? "not projected" : cost.missing();
        }
        String limit = cost.limit() == null ? "" : ", limit " + Money.usd(cost.limit()) + " ("
                + Money.percent(cost.after(), cost.limit()).toPlainString() + "% of it)";
        if (cost.before() == null) {
            return "projected monthly cost of " + request.environment() + ": " + Money.usd(cost.after()) + limit
                    + (cost.missing() == null ? "" : "; " + cost.missing());
        }
        BigDecimal increase = ReleaseRequests.increase(cost.before(), cost.after());
        return "projected monthly cost of " + request.environment() + ": " + Money.usd(cost.before()) + " as "
                + "deployed, " + Money.usd(cost.after()) + " with this request" + (increase == null ? ""
                : " (" + (increase.signum() >= 0 ? "+" : "") + increase.toPlainString() + "%)") + limit;
    }

    private static String tokens(ReleaseRequest.Outgoing agent) {
        if (agent.tokensAfter() == null) {
            return "-";
        }
        if (agent.tokensBefore() == null) {
            return Integer.toString(agent.tokensAfter());
        }
        BigDecimal increase = ReleaseRequests.increase(BigDecimal.valueOf(agent.tokensBefore()),
                BigDecimal.valueOf(agent.tokensAfter()));
        return agent.tokensBefore() + " → " + agent.tokensAfter() + (increase == null ? ""
                : " (" + (increase.signum() >= 0 ? "+" : "") + increase.toPlainString() + "%)");
    }

    private static void number(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static void decimal(JsonGenerator json, String name, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : Money.cents(amount);
    }

    static String shortId(String commit) {
        return commit == null ? "-" : commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
