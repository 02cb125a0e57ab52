package dev.deploytrack.drift;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.deploytrack.registry.TextTable;
import dev.deploytrack.report.JsonOutput;
import dev.deploytrack.report.MarkdownText;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code drift}'s report as aligned text for a terminal, Markdown for the GitHub step summary or an issue, and JSON
 * for scripts and workflows ({@code failed}, {@code behind}, {@code past_limit} at the top).
 */
public final class DriftReportWriter {

    private DriftReportWriter() {
    }

    public static String text(DriftReport report) {
        StringBuilder out = new StringBuilder();
        out.append("drift of ").append(report.project()).append(" against ").append(report.target()).append(" at ")
                .append(report.checkedAt()).append("\n\n");
        for (DriftReport.Environment environment : report.environments()) {
            out.append(environment.name()).append(": ").append(headline(environment)).append('\n');
            if (environment.note() != null) {
                out.append("  ").append(environment.note()).append('\n');
            }
            if (environment.application() != null) {
                out.append("  the application (").append(environment.application().component()).append(") runs ")
                        .append(application(environment.application())).append('\n');
            }
            if (!environment.agents().isEmpty()) {
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"AGENT", "STATUS", "DEPLOYED", "CHANGES", "WAITING", "APP GAP", "LIMIT"});
                for (DriftReport.Agent agent : environment.agents()) {
                    rows.add(new String[] {agent.id(), agent.status().label(), deployed(agent),
                            agent.status().behind() ? Integer.toString(agent.changes().size()) : "-", age(agent),
                            gap(agent.gap()), limit(agent, environment)});
                }
                table(out, rows, "  ");
                List<String[]> changes = new ArrayList<>();
                for (DriftReport.Agent agent : environment.agents()) {
                    for (DriftReport.Change change : agent.changes()) {
                        changes.add(new String[] {agent.id(), DriftCheck.shortId(change.commit()),
                                change.time().toString(), subject(change)});
                    }
                    if (agent.note() != null) {
                        changes.add(new String[] {agent.id(), "note:", agent.note(), ""});
                    }
                }
                if (!changes.isEmpty()) {
                    out.append("  not deployed, and notes:\n");
                    table(out, changes, "    ");
                }
            }
            out.append('\n');
        }
        for (String note : report.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    public static String markdown(DriftReport report) {
        StringBuilder out = new StringBuilder();
        out.append("### deploytrack drift: ").append(MarkdownText.text(report.project())).append("\n\n");
        out.append("Compared with ").append(MarkdownText.code(report.target())).append(" at ")
                .append(report.checkedAt()).append(". ")
                .append(report.failed() ? "**" + summary(report) + "**" : summary(report)).append("\n\n");
        for (DriftReport.Environment environment : report.environments()) {
            out.append("#### ").append(MarkdownText.text(environment.name()));
            if (environment.maxAge() != null) {
                out.append(" (limit ").append(Durations.format(environment.maxAge())).append(')');
            }
            out.append("\n\n").append(MarkdownText.text(headline(environment))).append('.');
            if (environment.note() != null) {
                out.append(' ').append(MarkdownText.text(environment.note())).append('.');
            }
            if (environment.application() != null) {
                out.append(" The application (").append(MarkdownText.code(environment.application().component()))
                        .append(") runs ").append(MarkdownText.text(application(environment.application())))
                        .append('.');
            }
            out.append("\n\n");
            if (environment.agents().isEmpty()) {
                continue;
            }
            out.append("| Agent | Status | Deployed | Changes | Waiting | App gap | Limit |\n");
            out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
            for (DriftReport.Agent agent : environment.agents()) {
                out.append("| ").append(MarkdownText.text(agent.id())).append(" | ").append(agent.status().label())
                        .append(" | ").append(MarkdownText.text(deployed(agent))).append(" | ")
                        .append(agent.status().behind() ? agent.changes().size() : "-").append(" | ")
                        .append(age(agent)).append(" | ").append(gap(agent.gap())).append(" | ")
                        .append(agent.pastLimit() ? "**" + limit(agent, environment) + "**"
                                : limit(agent, environment))
                        .append(" |\n");
            }
            List<String> details = new ArrayList<>();
            for (DriftReport.Agent agent : environment.agents()) {
                for (DriftReport.Change change : agent.changes()) {
                    details.add("- " + MarkdownText.text(agent.id()) + ": " + MarkdownText.code(DriftCheck.shortId(
                            change.commit())) + " " + MarkdownText.text(subject(change)) + " (" + change.time() + ")");
                }
                if (agent.note() != null) {
                    details.add("- " + MarkdownText.text(agent.id()) + ": " + MarkdownText.text(agent.note()));
                }
            }
            if (!details.isEmpty()) {
                out.append("\n<details><summary>Changes not deployed to ").append(MarkdownText.text(environment.name()))
                        .append("</summary>\n\n").append(String.join("\n", details)).append("\n\n</details>\n");
            }
            out.append('\n');
        }
        for (String note : report.notes()) {
            out.append("> ").append(MarkdownText.text(note)).append('\n');
        }
        return out.toString();
    }

    public static String json(DriftReport report) {
        return JsonOutput.text(json -> {
            json.writeStartObject();
            json.writeStringField("project", report.project());
            json.writeStringField("checked_at", report.checkedAt().toString());
            json.writeStringField("target", report.target());
            json.writeBooleanField("failed", report.failed());
            json.writeNumberField("behind", report.behind());
            json.writeNumberField("past_limit", report.pastLimit());
            json.writeArrayFieldStart("environments");
            for (DriftReport.Environment environment : report.environments()) {
                json.writeStartObject();
                json.writeStringField("name", environment.name());
                json.writeStringField("target_commit", environment.targetCommit());
                duration(json, "max_age", environment.maxAge());
                if (environment.application() == null) {
                    json.writeNullField("application");
                } else {
                    DriftReport.Deployment application = environment.application();
                    json.writeObjectFieldStart("application");
                    json.writeStringField("component", application.component());
                    json.writeStringField("commit", application.commit());
                    json.writeStringField("version", application.version());
                    json.writeStringField("deployed_at", string(application.at()));
                    json.writeEndObject();
                }
                json.writeStringField("note", environment.note());
                json.writeArrayFieldStart("agents");
                for (DriftReport.Agent agent : environment.agents()) {
                    agent(json, agent);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            JsonOutput.strings(json, "notes", report.notes());
            json.writeEndObject();
        });
    }

    private static void agent(JsonGenerator json, DriftReport.Agent agent) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", agent.id());
        json.writeStringField("status", agent.status().id());
        json.writeBooleanField("behind", agent.status().behind());
        json.writeStringField("deployed_version", agent.deployedVersion());
        json.writeStringField("deployed_commit", agent.deployedCommit());
        json.writeStringField("deployed_at", string(agent.deployedAt()));
        json.writeStringField("target_version", agent.targetVersion());
        json.writeArrayFieldStart("paths");
        for (String path : agent.paths()) {
            json.writeString(path);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("changes");
        for (DriftReport.Change change : agent.changes()) {
            json.writeStartObject();
            json.writeStringField("commit", change.commit());
            json.writeStringField("time", change.time().toString());
            json.writeStringField("subject", change.subject());
            json.writeBooleanField("merge", change.merge());
            json.writeEndObject();
        }
        json.writeEndArray();
        duration(json, "age", agent.age());
        duration(json, "app_gap", agent.gap());
        json.writeBooleanField("past_limit", agent.pastLimit());
        json.writeStringField("note", agent.note());
        json.writeEndObject();
    }

    /** A duration as two fields: {@code NAME} for people ({@code 2d 3h}) and {@code NAME_seconds} for scripts. */
    private static void duration(JsonGenerator json, String name, Duration duration) throws IOException {
        if (duration == null) {
            json.writeNullField(name);
            json.writeNullField(name + "_seconds");
        } else {
            json.writeStringField(name, (duration.isNegative() ? "-" : "") + Durations.format(duration.abs()));
            json.writeNumberField(name + "_seconds", duration.getSeconds());
        }
    }

    static String summary(DriftReport report) {
        long behind = report.behind();
        long past = report.pastLimit();
        if (behind == 0) {
            return "drift: every agent deployed is in sync";
        }
        return "drift: " + behind + (behind == 1 ? " agent" : " agents") + " behind, " + past + " past "
                + (past == 1 ? "its" : "their") + " limit";
    }

    private static String headline(DriftReport.Environment environment) {
        List<DriftReport.Agent> agents = environment.agents();
        if (environment.note() != null && agents.isEmpty()) {
            return "not checked";
        }
        long behind = agents.stream().filter(agent -> agent.status().behind()).count();
        long past = agents.stream().filter(DriftReport.Agent::pastLimit).count();
        String compared = environment.targetCommit() == null ? ""
                : "; compared with " + DriftCheck.shortId(environment.targetCommit());
        String limit = environment.maxAge() == null ? ", no limit"
                : ", " + past + " past the " + Durations.format(environment.maxAge()) + " limit";
        if (behind == 0) {
            return (agents.size() == 1 ? "the agent is" : "all " + agents.size() + " agents are") + " in sync"
                    + compared;
        }
        return behind + " of " + agents.size() + " agents behind" + limit + compared;
    }

    private static String application(DriftReport.Deployment application) {
        return DriftCheck.shortId(application.commit()) + (application.version() == null ? ""
                : " (" + application.version() + ")") + ", deployed " + string(application.at());
    }

    private static String deployed(DriftReport.Agent agent) {
        if (agent.deployedVersion() == null) {
            return "-";
        }
        return agent.deployedVersion() + (agent.deployedCommit() == null ? ""
                : " at " + DriftCheck.shortId(agent.deployedCommit()));
    }

    private static String age(DriftReport.Agent agent) {
        if (!agent.status().behind()) {
            return "-";
        }
        return agent.age() == null ? "unknown" : Durations.format(agent.age());
    }

    private static String gap(Duration gap) {
        if (gap == null) {
            return "-";
        }
        return (gap.isNegative() ? "-" : "+") + Durations.format(gap.abs());
    }

    private static String limit(DriftReport.Agent agent, DriftReport.Environment environment) {
        if (!agent.status().behind()) {
            return "-";
        }
        if (environment.maxAge() == null) {
            return "none";
        }
        return agent.pastLimit() ? "past " + Durations.format(environment.maxAge())
                : "within " + Durations.format(environment.maxAge());
    }

    private static String subject(DriftReport.Change change) {
        return (change.merge() ? "(merge) " : "") + change.subject();
    }

    private static String string(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Aligned columns, the first row as the header. */
    static void table(StringBuilder out, List<String[]> rows, String indent) {
        TextTable table = new TextTable(rows.get(0));
        for (String[] row : rows.subList(1, rows.size())) {
            table.row(row);
        }
        table.text(out, indent);
    }
}
