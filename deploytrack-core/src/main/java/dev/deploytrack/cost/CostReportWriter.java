package dev.deploytrack.cost;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.deploytrack.report.JsonOutput;
import dev.deploytrack.report.ReportFiles;
import dev.deploytrack.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link CostReport} as text (the console and build log), JSON (a stable shape for tools) or Markdown
 * (pull-request reviews and {@code $GITHUB_STEP_SUMMARY}).
 */
public final class CostReportWriter {

    /** The formats a cost report is written in. */
    public static final List<ReportFormat> FORMATS = List.of(ReportFormat.TEXT, ReportFormat.JSON,
            ReportFormat.MARKDOWN);

    /** The command name in report file names. */
    public static final String COMMAND = "cost-check";

    private CostReportWriter() {
    }

    public static void write(CostReport report, ReportFormat format, Writer out) throws IOException {
        switch (format) {
            case TEXT -> text(report, out);
            case JSON -> json(report, out);
            case MARKDOWN -> markdown(report, out);
            default -> throw new IllegalArgumentException("a cost report is text, json or markdown, not "
                    + format.id());
        }
    }

    /**
     * Writes the report in every format into {@code directory} ({@code deploytrack-cost-check.txt}, {@code .json},
     * {@code .md}) and appends the Markdown to {@code $GITHUB_STEP_SUMMARY} when it is set.
     *
     * @return the files written
     */
    public static List<Path> writeAll(CostReport report, Path directory, Map<String, String> environment)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : FORMATS) {
            Path file = directory.resolve(format.fileName(COMMAND));
            ReportFiles.writeAtomically(file, out -> write(report, format, out));
            written.add(file);
        }
        ReportFiles.appendStepSummary(environment, out -> write(report, ReportFormat.MARKDOWN, out));
        return written;
    }

    /** One line per limit and its verdict, for logs: {@code production: FAILED: monthly projection ...}. */
    public static List<String> verdictLines(Projection projection) {
        List<String> lines = new ArrayList<>();
        if (projection.checks().isEmpty()) {
            lines.add(projection.environment() + ": no limits (no budget-limits.yaml); projected "
                    + Money.usd(projection.daily()) + " per day, " + Money.usd(projection.monthly()) + " per month");
        }
        for (Projection.LimitCheck check : projection.checks()) {
            String verdict = switch (check.level()) {
                case FAILED -> "FAILED: ";
                case WARNING -> "WARNING (" + check.threshold() + "% threshold): ";
                case OK -> "ok: ";
            };
            lines.add(projection.environment() + ": " + verdict + check.describe());
        }
        return lines;
    }

    /**
     * One line of the text report, with the verdict it carries: a front door that logs by level (Maven) logs each
     * line once, at its level, instead of printing the report and then the verdicts again.
     *
     * @param text   the line as the text report has it
     * @param level  the verdict of a limit line or a warning; {@code null} for a plain line
     * @param logged the line on its own in a log (a verdict names its environment)
     */
    public record TextLine(String text, Projection.Level level, String logged) {

        static TextLine plain(String text) {
            return new TextLine(text, null, text);
        }
    }

    /** The text report, line by line. */
    public static List<TextLine> textLines(CostReport report) {
        List<TextLine> lines = new ArrayList<>();
        lines.add(TextLine.plain("deploytrack cost-check: " + report.summary()));
        lines.add(TextLine.plain(pricesLine(report)));
        for (String warning : report.warnings()) {
            lines.add(new TextLine("warning: " + warning, Projection.Level.WARNING, warning));
        }
        for (String notice : report.notices()) {
            lines.add(TextLine.plain("note: " + notice));
        }
        for (Projection projection : report.projections()) {
            lines.add(TextLine.plain(""));
            lines.add(TextLine.plain(projection.environment() + ": " + projection.level().label().toUpperCase(
                    Locale.ROOT) + " (" + Money.usd(projection.daily()) + " per day, "
                    + Money.usd(projection.monthly()) + " per month, " + Money.tokens(projection.runsPerDay())
                    + " runs per day)"));
            List<String> verdicts = verdictLines(projection);
            for (int i = 0; i < verdicts.size(); i++) {
                String line = verdicts.get(i);
                Projection.Level level = projection.checks().isEmpty() ? Projection.Level.OK
                        : projection.checks().get(i).level();
                lines.add(new TextLine("  " + line.substring(projection.environment().length() + 2), level, line));
            }
            for (String row : table(agentRows(projection), "  ").split("\n")) {
                lines.add(TextLine.plain(row));
            }
            if (!projection.skills().isEmpty()) {
                for (String row : table(skillRows(projection), "  ").split("\n")) {
                    lines.add(TextLine.plain(row));
                }
            }
        }
        return lines;
    }

    private static void text(CostReport report, Writer out) throws IOException {
        for (TextLine line : textLines(report)) {
            out.write(line.text() + "\n");
        }
    }

    private static void markdown(CostReport report, Writer out) throws IOException {
        String verdict = switch (report.level()) {
            case FAILED -> "failed";
            case WARNING -> "passed with warnings";
            case OK -> "passed";
        };
        out.write("### deploytrack cost-check: " + verdict + "\n\n");
        out.write(report.summary() + ". " + pricesLine(report) + "\n\n");
        for (String warning : report.warnings()) {
            out.write("- **Warning:** " + warning + "\n");
        }
        for (String notice : report.notices()) {
            out.write("- " + notice + "\n");
        }
        if (!report.warnings().isEmpty() || !report.notices().isEmpty()) {
            out.write("\n");
        }
        if (!report.projections().isEmpty()) {
            out.write("| Environment | Status | Per day | Daily limit | Per month | Monthly limit |\n");
            out.write("| --- | --- | ---: | ---: | ---: | ---: |\n");
            for (Projection projection : report.projections()) {
                out.write("| " + projection.environment() + " | " + projection.level().label() + " | "
                        + Money.usd(projection.daily()) + " | " + limitCell(projection, "daily") + " | "
                        + Money.usd(projection.monthly()) + " | " + limitCell(projection, "monthly") + " |\n");
            }
        }
        for (Projection projection : report.projections()) {
            out.write("\n#### " + projection.environment() + "\n\n");
            markdownTable(agentRows(projection), out);
            if (!projection.skills().isEmpty()) {
                out.write("\n");
                markdownTable(skillRows(projection), out);
            }
        }
        out.write("\n");
    }

    private static String limitCell(Projection projection, String period) {
        return projection.checks().stream().filter(check -> check.period().equals(period)).findFirst()
                .map(check -> Money.usd(check.limit()) + " (" + check.percent().toPlainString() + "%)").orElse("-");
    }

    private static String pricesLine(CostReport report) {
        List<String> parts = new ArrayList<>();
        for (PriceTable.Origin origin : report.prices()) {
            StringBuilder part = new StringBuilder(origin.name());
            if (origin.asOf() != null) {
                part.append(", as of ").append(origin.asOf());
            }
            if (!origin.sources().isEmpty()) {
                List<String> sources = new ArrayList<>();
                origin.sources().forEach((id, text) -> sources.add(id + " = " + text));
                part.append(" (").append(String.join("; ", sources)).append(")");
            }
            parts.add(part.toString());
        }
        return "Prices: " + String.join(", overridden by ", parts) + ". A month is "
                + report.daysPerMonth().toPlainString() + " days.";
    }

    private static List<List<String>> agentRows(Projection projection) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("agent", "model", "context tokens", "calls/run", "input tokens/day", "cached tokens/day",
                "output tokens/day", "per day", "per month"));
        for (Projection.AgentCost agent : projection.agents()) {
            rows.add(List.of(agent.agent(), agent.model() + (agent.exactTokens() ? "" : " (estimate)"),
                    (agent.exactTokens() ? "" : "~") + Money.tokens(agent.contextTokens()),
                    agent.callsPerRun().stripTrailingZeros().toPlainString(), Money.tokens(agent.inputTokens()),
                    Money.tokens(agent.cachedTokens()), Money.tokens(agent.outputTokens()), Money.usd(agent.daily()),
                    Money.usd(agent.monthly())));
        }
        return rows;
    }

    private static List<List<String>> skillRows(Projection projection) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("skill (in main)", "model", "body tokens", "triggers/run", "tokens/day", "per day",
                "per month"));
        for (Projection.SkillCost skill : projection.skills()) {
            rows.add(List.of(skill.skill(), skill.model(), Money.tokens(skill.bodyTokens()),
                    skill.perRun().stripTrailingZeros().toPlainString(), Money.tokens(skill.tokens()),
                    Money.usd(skill.daily()), Money.usd(skill.monthly())));
        }
        return rows;
    }

    private static String table(List<List<String>> rows, String indent) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                // Text columns left, figures right.
                line.append(i < 2 ? cell + " ".repeat(widths[i] - cell.length())
                        : " ".repeat(widths[i] - cell.length()) + cell);
                if (i < row.size() - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static void markdownTable(List<List<String>> rows, Writer out) throws IOException {
        out.write("| " + String.join(" | ", rows.get(0)) + " |\n");
        List<String> alignment = new ArrayList<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            alignment.add(i < 2 ? "---" : "---:");
        }
        out.write("| " + String.join(" | ", alignment) + " |\n");
        for (List<String> row : rows.subList(1, rows.size())) {
            out.write("| " + String.join(" | ", row.stream().map(cell -> cell.replace("|", "\\|")).toList())
                    + " |\n");
        }
    }

    private static void json(CostReport report, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("status", report.level().label());
            json.writeStringField("date", report.today().toString());
            json.writeNumberField("daysPerMonth", report.daysPerMonth());
            json.writeArrayFieldStart("prices");
            for (PriceTable.Origin origin : report.prices()) {
                json.writeStartObject();
                json.writeStringField("name", origin.name());
                json.writeStringField("asOf", origin.asOf() == null ? null : origin.asOf().toString());
                json.writeObjectFieldStart("sources");
                for (Map.Entry<String, String> source : origin.sources().entrySet()) {
                    json.writeStringField(source.getKey(), source.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("warnings");
            for (String warning : report.warnings()) {
                json.writeString(warning);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notices");
            for (String notice : report.notices()) {
                json.writeString(notice);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("environments");
            for (Projection projection : report.projections()) {
                environment(projection, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void environment(Projection projection, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", projection.environment());
        json.writeStringField("status", projection.level().label());
        json.writeNumberField("runsPerDay", projection.runsPerDay());
        json.writeNumberField("daily", Money.cents(projection.daily()));
        json.writeNumberField("monthly", Money.cents(projection.monthly()));
        json.writeStringField("limitsFile", projection.limitsFile());
        json.writeArrayFieldStart("limits");
        for (Projection.LimitCheck check : projection.checks()) {
            json.writeStartObject();
            json.writeStringField("period", check.period());
            json.writeNumberField("limit", check.limit());
            json.writeNumberField("projected", Money.cents(check.projected()));
            json.writeNumberField("percent", check.percent());
            json.writeNumberField("threshold", check.threshold());
            json.writeStringField("status", check.level().label());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("agents");
        for (Projection.AgentCost agent : projection.agents()) {
            json.writeStartObject();
            json.writeStringField("agent", agent.agent());
            json.writeStringField("model", agent.model());
            json.writeBooleanField("exactTokens", agent.exactTokens());
            json.writeNumberField("contextTokens", agent.contextTokens());
            json.writeNumberField("callsPerRun", agent.callsPerRun());
            json.writeNumberField("inputTokensPerCall", agent.inputTokensPerCall());
            json.writeNumberField("outputTokensPerCall", agent.outputTokensPerCall());
            json.writeNumberField("inputTokensPerDay", rounded(agent.inputTokens()));
            json.writeNumberField("cachedTokensPerDay", rounded(agent.cachedTokens()));
            json.writeNumberField("outputTokensPerDay", rounded(agent.outputTokens()));
            json.writeObjectFieldStart("pricePerMillion");
            json.writeNumberField("input", agent.price().input());
            json.writeNumberField("cachedInput", agent.price().cachedInput());
            json.writeNumberField("output", agent.price().output());
            json.writeStringField("source", agent.price().source());
            json.writeEndObject();
            json.writeNumberField("daily", Money.cents(agent.daily()));
            json.writeNumberField("monthly", Money.cents(agent.monthly()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("skills");
        for (Projection.SkillCost skill : projection.skills()) {
            json.writeStartObject();
            json.writeStringField("skill", skill.skill());
            json.writeStringField("model", skill.model());
            json.writeNumberField("bodyTokens", skill.bodyTokens());
            json.writeNumberField("triggersPerRun", skill.perRun());
            json.writeNumberField("tokensPerDay", rounded(skill.tokens()));
            json.writeNumberField("daily", Money.cents(skill.daily()));
            json.writeNumberField("monthly", Money.cents(skill.monthly()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static BigDecimal rounded(BigDecimal tokens) {
        return tokens.setScale(0, RoundingMode.HALF_UP);
    }
}
