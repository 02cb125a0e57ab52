package dev.deploytrack.release;

import dev.deploytrack.registry.Approval;
import dev.deploytrack.registry.HistoryEntry;
import dev.deploytrack.registry.TextTable;
import dev.deploytrack.registry.Registry;
import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.report.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code deploytrack history}: the deployment history table (date, project, environment, agent, version, type,
 * status, actor, approval, notes), derived from the registry alone: the same registry gives the same bytes, on any
 * machine, at any time, from either backend. Rows follow the registry's history, oldest first.
 */
public final class DeploymentHistory {

    /**
     * One deployment.
     *
     * @param date        when it was recorded
     * @param type        {@code deploy}, {@code update}, {@code rollback} or {@code emergency}
     * @param status      {@code live} (what runs now), {@code superseded} (a later deployment replaced it) or
     *                    {@code rolled back} (a rollback replaced it)
     * @param approval    who approved it (production), {@code not required}, or {@code none recorded}
     */
    public record Row(String date, String project, String environment, String agent, String version, String type,
                      String status, String actor, String approval, String notes) {
    }

    private DeploymentHistory() {
    }

    /**
     * The rows, filtered by whatever is given ({@code null}: all).
     *
     * @param registry the registry (a 1.0.0 registry migrated in memory, so every entry has its environment)
     */
    public static List<Row> rows(Registry registry, RegistrySettings settings, String project, String environment,
                                 String agent) {
        List<HistoryEntry> history = registry.history();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry entry = history.get(i);
            if (!entry.isDeployment() || (project != null && !project.equals(entry.project()))
                    || (environment != null && !environment.equals(entry.environment()))
                    || (agent != null && !agent.equals(entry.agent()))) {
                continue;
            }
            rows.add(new Row(entry.timestamp(), entry.project(), entry.environment(), entry.agent(), entry.version(),
                    type(entry), status(history, i), entry.actor() == null ? null : entry.actor().toString(),
                    approval(registry, settings, entry), notes(entry)));
        }
        return rows;
    }

    private static String type(HistoryEntry entry) {
        if (entry.emergency()) {
            return "emergency";
        }
        return switch (entry.action()) {
            case HistoryEntry.UPDATED -> "update";
            case HistoryEntry.ROLLED_BACK -> "rollback";
            default -> "deploy";
        };
    }

    /** What became of the deployment: the next deployment of the same agent in the same place decides. */
    private static String status(List<HistoryEntry> history, int index) {
        HistoryEntry entry = history.get(index);
        for (int i = index + 1; i < history.size(); i++) {
            HistoryEntry later = history.get(i);
            if (later.isDeployment() && Objects.equals(later.project(), entry.project())
                    && Objects.equals(later.environment(), entry.environment())
                    && Objects.equals(later.agent(), entry.agent())) {
                return HistoryEntry.ROLLED_BACK.equals(later.action()) ? "rolled back" : "superseded";
            }
        }
        return "live";
    }

    private static String approval(Registry registry, RegistrySettings settings, HistoryEntry entry) {
        if (!settings.isProduction(entry.environment())) {
            return "not required";
        }
        if (HistoryEntry.ROLLED_BACK.equals(entry.action())) {
            return "not required (rollback)";
        }
        Approval found = null;
        for (Approval approval : registry.approvals()) {
            if (Objects.equals(approval.project(), entry.project())
                    && Objects.equals(approval.environment(), entry.environment())
                    && Objects.equals(approval.agent(), entry.agent())
                    && Objects.equals(approval.version(), entry.version())
                    && approval.timestamp() != null && entry.timestamp() != null
                    && approval.timestamp().compareTo(entry.timestamp()) <= 0) {
                found = approval;
            }
        }
        if (found == null) {
            return "none recorded";
        }
        return found.approver() + " " + found.timestamp() + (found.request() == null ? ""
                : " (request " + found.request() + ")");
    }

    private static String notes(HistoryEntry entry) {
        List<String> notes = new ArrayList<>();
        if (entry.previousVersion() != null) {
            notes.add("from " + entry.previousVersion());
        }
        if (HistoryEntry.REDEPLOYED.equals(entry.action())) {
            notes.add("same version again");
        }
        if (entry.emergency()) {
            notes.add(entry.action().replace('_', ' ') + ", emergency override");
        }
        if (entry.reason() != null) {
            notes.add(entry.reason());
        }
        if (entry.gitCommit() != null) {
            notes.add("commit " + ReleaseRequestWriter.shortId(entry.gitCommit()));
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    public static String text(List<Row> rows) {
        if (rows.isEmpty()) {
            return "no deployments recorded\n";
        }
        StringBuilder out = new StringBuilder();
        table(rows).text(out);
        return out.toString();
    }

    public static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        table(rows).markdown(out);
        return out.toString();
    }

    private static TextTable table(List<Row> rows) {
        TextTable table = new TextTable("Date", "Project", "Environment", "Agent", "Version", "Type", "Status",
                "Actor", "Approval", "Notes");
        for (Row row : rows) {
            table.row(row.date(), row.project(), row.environment(), row.agent(), row.version(), row.type(),
                    row.status(), row.actor(), row.approval(), row.notes());
        }
        return table;
    }

    public static String json(List<Row> rows) {
        return JsonOutput.text(json -> {
            json.writeStartArray();
            for (Row row : rows) {
                json.writeStartObject();
                json.writeStringField("date", row.date());
                json.writeStringField("project", row.project());
                json.writeStringField("environment", row.environment());
                json.writeStringField("agent", row.agent());
                json.writeStringField("version", row.version());
                json.writeStringField("type", row.type());
                json.writeStringField("status", row.status());
                json.writeStringField("actor", row.actor());
                json.writeStringField("approval", row.approval());
                json.writeStringField("notes", row.notes());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }
}
