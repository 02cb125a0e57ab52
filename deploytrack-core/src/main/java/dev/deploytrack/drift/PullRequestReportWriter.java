package dev.deploytrack.drift;

import dev.deploytrack.report.MarkdownText;
import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.report.JsonOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code drift --base --head}'s report: Markdown for the pull request's comment (starting with a marker the workflow
 * finds the comment by, so it updates one comment rather than adding another), text, and JSON for the workflow
 * ({@code requires_deployment} decides the {@code requires-agent-deploy} label).
 */
public final class PullRequestReportWriter {

    /** The first line of the comment: how a workflow finds the comment it posted before. */
    public static final String COMMENT_MARKER = "<!-- deploytrack:pull-request-drift -->";

    private PullRequestReportWriter() {
    }

    public static String markdown(PullRequestDrift.Report report, RegistrySettings settings) {
        StringBuilder out = new StringBuilder(COMMENT_MARKER).append('\n');
        out.append("### deploytrack: agents this pull request changes\n\n");
        if (report.agents().isEmpty()) {
            out.append("No agent of ").append(MarkdownText.code(report.project())).append(" changes: nothing to "
                    + "deploy after the merge.\n");
        } else {
            int count = report.agents().size();
            out.append("**").append(count).append(count == 1 ? " agent" : " agents").append("** of ")
                    .append(MarkdownText.code(report.project())).append(count == 1 ? " changes" : " change");
            List<String> environments = report.environments(settings);
            out.append(environments.isEmpty() ? "; the project deploys to no environment yet.\n\n"
                    : ". After the merge, deploy " + (count == 1 ? "it" : "them") + " to "
                    + MarkdownText.text(String.join(", ", environments)) + ".\n\n");
            out.append("| Agent | Change | Version | Deploy after merge to |\n| --- | --- | --- | --- |\n");
            for (PullRequestDrift.Touched agent : report.agents()) {
                out.append("| ").append(MarkdownText.text(agent.id())).append(" | ").append(change(agent))
                        .append(" | ").append(MarkdownText.text(version(agent))).append(" | ")
                        .append(MarkdownText.text(needs(agent))).append(" |\n");
            }
            List<String> details = new ArrayList<>();
            for (PullRequestDrift.Touched agent : report.agents()) {
                for (String file : agent.files()) {
                    details.add("- " + MarkdownText.text(agent.id()) + ": " + MarkdownText.code(file));
                }
                if (agent.note() != null) {
                    details.add("- " + MarkdownText.text(agent.id()) + ": " + MarkdownText.text(agent.note()));
                }
            }
            if (!details.isEmpty()) {
                out.append("\n<details><summary>Files and notes</summary>\n\n").append(String.join("\n", details))
                        .append("\n\n</details>\n");
            }
        }
        for (String note : report.notes()) {
            out.append("\n> ").append(MarkdownText.text(note)).append('\n');
        }
        out.append("\n<sub>deploytrack drift --base ").append(MarkdownText.text(report.base())).append(" --head ")
                .append(MarkdownText.text(report.head())).append(" at ").append(DriftCheck.shortId(report.headCommit()))
                .append("</sub>\n");
        return out.toString();
    }

    public static String text(PullRequestDrift.Report report, RegistrySettings settings) {
        StringBuilder out = new StringBuilder();
        out.append("agents of ").append(report.project()).append(" changed by ").append(report.head()).append(" ("
                + DriftCheck.shortId(report.headCommit()) + ") since it forked from ").append(report.base())
                .append(" (").append(DriftCheck.shortId(report.mergeBase())).append(")\n\n");
        if (report.agents().isEmpty()) {
            out.append("no agent changes: nothing to deploy after the merge\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"AGENT", "CHANGE", "VERSION", "DEPLOY AFTER MERGE TO"});
            for (PullRequestDrift.Touched agent : report.agents()) {
                rows.add(new String[] {agent.id(), change(agent), version(agent), needs(agent)});
            }
            DriftReportWriter.table(out, rows, "");
            for (PullRequestDrift.Touched agent : report.agents()) {
                if (agent.note() != null) {
                    out.append("note: ").append(agent.id()).append(": ").append(agent.note()).append('\n');
                }
            }
            out.append('\n').append(report.agents().size()).append(" agent(s) need a deployment after the merge to: ")
                    .append(String.join(", ", report.environments(settings))).append('\n');
        }
        for (String note : report.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        return out.toString();
    }

    public static String json(PullRequestDrift.Report report, RegistrySettings settings) {
        return JsonOutput.text(json -> {
            json.writeStartObject();
            json.writeStringField("project", report.project());
            json.writeStringField("base", report.base());
            json.writeStringField("head", report.head());
            json.writeStringField("merge_base", report.mergeBase());
            json.writeStringField("head_commit", report.headCommit());
            json.writeBooleanField("requires_deployment", !report.agents().isEmpty());
            json.writeArrayFieldStart("environments");
            for (String environment : report.environments(settings)) {
                json.writeString(environment);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("agents");
            for (PullRequestDrift.Touched agent : report.agents()) {
                json.writeStartObject();
                json.writeStringField("id", agent.id());
                json.writeStringField("change", agent.change());
                json.writeStringField("base_version", agent.baseVersion());
                json.writeStringField("head_version", agent.headVersion());
                json.writeArrayFieldStart("files");
                for (String file : agent.files()) {
                    json.writeString(file);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("deploy_to");
                for (PullRequestDrift.Need need : agent.environments()) {
                    json.writeStartObject();
                    json.writeStringField("environment", need.environment());
                    json.writeStringField("running", need.running());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeStringField("note", agent.note());
                json.writeEndObject();
            }
            json.writeEndArray();
            JsonOutput.strings(json, "notes", report.notes());
            json.writeEndObject();
        });
    }

    private static String change(PullRequestDrift.Touched agent) {
        int files = agent.files().size();
        return agent.change() + (agent.change().equals("changed") ? ": " + files + (files == 1 ? " file" : " files")
                : "");
    }

    private static String version(PullRequestDrift.Touched agent) {
        String before = agent.baseVersion() == null ? "-" : agent.baseVersion();
        String after = agent.headVersion() == null ? "-" : agent.headVersion();
        return agent.change().equals("added") ? after : agent.change().equals("removed") ? before
                : before.equals(after) ? after + " (not raised)" : before + " → " + after;
    }

    private static String needs(PullRequestDrift.Touched agent) {
        if (agent.environments().isEmpty()) {
            return "none yet";
        }
        List<String> parts = new ArrayList<>();
        for (PullRequestDrift.Need need : agent.environments()) {
            parts.add(need.environment() + (need.running() == null ? " (new there)" : " (runs " + need.running()
                    + ")"));
        }
        return String.join(", ", parts);
    }
}
