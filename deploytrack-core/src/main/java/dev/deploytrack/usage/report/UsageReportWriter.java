package dev.deploytrack.usage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.deploytrack.cost.Money;
import dev.deploytrack.cost.PriceTable;
import dev.deploytrack.report.JsonOutput;
import dev.deploytrack.usage.Tokens;
import dev.deploytrack.usage.alert.Anomaly;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code usage report} as text, JSON or Markdown ({@link UsageHtmlReport} writes HTML). */
public final class UsageReportWriter {

    /** The formats of {@code --format}. */
    public enum Format {
        TEXT, JSON, MARKDOWN, HTML;

        public static java.util.Optional<Format> parse(String text) {
            for (Format format : values()) {
                if (format.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return java.util.Optional.of(format);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private UsageReportWriter() {
    }

    public static void write(UsageReport report, Format format, Writer out) throws IOException {
        switch (format) {
            case TEXT -> out.write(text(report));
            case JSON -> json(report, out);
            case MARKDOWN -> out.write(markdown(report));
            case HTML -> out.write(UsageHtmlReport.render(report));
        }
        out.flush();
    }

    /** The lines of the text report. */
    public static String text(UsageReport report) {
        StringBuilder out = new StringBuilder();
        out.append("deploytrack usage report: ").append(report.period().id()).append(' ')
                .append(report.periods().get(1).label()).append(" (as of ").append(report.asOf()).append(")\n");
        for (UsageReport.PeriodTotals period : report.periods()) {
            out.append('\n').append(period.label()).append(" by ").append(report.groupBy()).append(":\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {report.groupBy(), "calls", "input", "cache read", "cache write", "output", "cost"});
            for (UsageReport.Row row : period.rows()) {
                rows.add(cells(row));
            }
            rows.add(cells(period.total()));
            table(out, rows);
        }
        out.append('\n').append("Budgets, ").append(report.periods().get(1).label()).append(":\n");
        if (report.budgets().isEmpty()) {
            out.append("  no environment has a budget-limits.yaml\n");
        }
        for (BudgetStatus budget : report.budgets()) {
            out.append("  ").append(levelWord(budget.level())).append(' ').append(budget.environment()).append(": ")
                    .append(Money.usd(budget.actual())).append(" of ").append(Money.usd(budget.limit())).append(" (")
                    .append(budget.percent().toPlainString()).append("%, ").append(budget.limitSource())
                    .append("); forecast ").append(Money.usd(budget.forecast())).append(" (")
                    .append(budget.forecastPercent().toPlainString()).append("%) at ").append(Money.usd(budget
                    .dailyRate())).append("/day\n");
        }
        if (!report.anomalies().isEmpty()) {
            out.append("\nAnomalies:\n");
            for (Anomaly anomaly : report.anomalies()) {
                out.append("  ").append(anomaly.detail()).append('\n');
            }
        }
        if (!report.reconciliation().isEmpty()) {
            out.append("\nReconciliation with the providers' own totals:\n");
            for (UsageReport.Reconciliation line : report.reconciliation()) {
                out.append("  ").append(line.provider()).append(": reported ").append(Money.usd(line.reported()))
                        .append(", records ").append(Money.usd(line.records())).append(", difference ")
                        .append(Money.usd(line.difference())).append('\n');
            }
        }
        out.append('\n').append(sources(report)).append('\n');
        for (String note : report.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        return out.toString();
    }

    /** Where the cost came from, and the price table's date: every report says. */
    static String sources(UsageReport report) {
        UsageReport.CostSources sources = report.sources();
        StringBuilder prices = new StringBuilder();
        for (PriceTable.Origin origin : report.prices()) {
            if (prices.length() > 0) {
                prices.append("; ");
            }
            prices.append(origin.name()).append(origin.asOf() == null ? "" : " as of " + origin.asOf());
        }
        return "Cost: " + Money.usd(sources.fromRecords()) + " from the records' own cost (costUSD, LiteLLM spend) for "
                + sources.recordsWithCost() + " calls; " + Money.usd(sources.fromPriceTable())
                + " from the price table for " + sources.recordsPriced() + " calls (" + prices + ")"
                + (sources.unpricedTokensByModel().isEmpty() ? "" : "; unpriced tokens of "
                + String.join(", ", sources.unpricedTokensByModel().keySet()));
    }

    private static String levelWord(BudgetStatus.Level level) {
        return switch (level) {
            case OK -> "OK     ";
            case WARNING -> "WARNING";
            case FAILED -> "FAILED ";
        };
    }

    private static String[] cells(UsageReport.Row row) {
        Tokens t = row.tokens();
        return new String[] {row.name(), Long.toString(row.calls()), tokens(t.input()), tokens(t.cacheRead()),
            tokens(t.cacheWrite5m() + t.cacheWrite1h()), tokens(t.output()), Money.usd(row.cost())};
    }

    private static String tokens(long value) {
        return Money.tokens(BigDecimal.valueOf(value));
    }

    private static void table(StringBuilder out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            out.append("  ");
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                out.append(i == 0 ? cell + " ".repeat(widths[i] - cell.length())
                        : " ".repeat(widths[i] - cell.length()) + cell);
                out.append(i + 1 < row.length ? "  " : "\n");
            }
        }
    }

    public static String markdown(UsageReport report) {
        StringBuilder out = new StringBuilder("## deploytrack usage: ").append(report.period().id()).append(' ')
                .append(report.periods().get(1).label()).append("\n\n");
        if (!report.budgets().isEmpty()) {
            out.append("| Environment | Spent | Limit | % | Forecast | Status |\n| --- | ---: | ---: | ---: | ---: | --- |\n");
            for (BudgetStatus budget : report.budgets()) {
                out.append("| ").append(md(budget.environment())).append(" | ").append(Money.usd(budget.actual()))
                        .append(" | ").append(Money.usd(budget.limit())).append(" | ")
                        .append(budget.percent().toPlainString()).append("% | ").append(Money.usd(budget.forecast()))
                        .append(" | ").append(budget.level().name().toLowerCase(Locale.ROOT)).append(" |\n");
            }
            out.append('\n');
        }
        for (UsageReport.PeriodTotals period : report.periods()) {
            out.append("### ").append(period.label()).append(" by ").append(report.groupBy()).append("\n\n")
                    .append("| ").append(report.groupBy()).append(" | Calls | Input | Cache read | Cache write | Output "
                    + "| Cost |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            List<UsageReport.Row> rows = new ArrayList<>(period.rows());
            rows.add(period.total());
            for (UsageReport.Row row : rows) {
                String[] cells = cells(row);
                cells[0] = md(cells[0]);
                out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            }
            out.append('\n');
        }
        if (!report.anomalies().isEmpty()) {
            out.append("### Anomalies\n\n");
            for (Anomaly anomaly : report.anomalies()) {
                out.append("- ").append(md(anomaly.detail())).append('\n');
            }
            out.append('\n');
        }
        out.append(md(sources(report))).append('\n');
        for (String note : report.notes()) {
            out.append("\n> ").append(md(note)).append('\n');
        }
        return out.toString();
    }

    /** Text inside Markdown: characters that would start markup or HTML are escaped. */
    private static String md(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[");
    }

    public static void json(UsageReport report, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("period", report.period().id());
            json.writeStringField("as_of", report.asOf().toString());
            json.writeStringField("start", report.start().toString());
            json.writeStringField("end", report.end().toString());
            json.writeStringField("group_by", report.groupBy());
            json.writeArrayFieldStart("periods");
            for (UsageReport.PeriodTotals period : report.periods()) {
                json.writeStartObject();
                json.writeStringField("label", period.label());
                json.writeStringField("start", period.start().toString());
                json.writeStringField("end", period.end().toString());
                json.writeArrayFieldStart("rows");
                for (UsageReport.Row row : period.rows()) {
                    row(json, row);
                }
                json.writeEndArray();
                json.writeFieldName("total");
                row(json, period.total());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("budgets");
            for (BudgetStatus budget : report.budgets()) {
                json.writeStartObject();
                json.writeStringField("environment", budget.environment());
                json.writeStringField("file", budget.file());
                json.writeNumberField("limit_usd", Money.cents(budget.limit()));
                json.writeStringField("limit_from", budget.limitSource());
                json.writeNumberField("actual_usd", Money.cents(budget.actual()));
                json.writeNumberField("percent", budget.percent());
                json.writeNumberField("forecast_usd", Money.cents(budget.forecast()));
                json.writeNumberField("forecast_percent", budget.forecastPercent());
                json.writeNumberField("daily_rate_usd", Money.cents(budget.dailyRate()));
                json.writeArrayFieldStart("thresholds_reached");
                for (int threshold : budget.reached()) {
                    json.writeNumber(threshold);
                }
                json.writeEndArray();
                json.writeStringField("status", budget.level().name().toLowerCase(Locale.ROOT));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("daily");
            for (UsageReport.DailyCost day : report.daily()) {
                json.writeStartObject();
                json.writeStringField("day", day.day().toString());
                json.writeStringField("agent", day.agent());
                json.writeNumberField("cost_usd", Money.cents(day.cost()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("anomalies");
            for (Anomaly anomaly : report.anomalies()) {
                json.writeStartObject();
                json.writeStringField("kind", anomaly.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                json.writeStringField("agent", anomaly.agent());
                if (anomaly.environment() != null) {
                    json.writeStringField("environment", anomaly.environment());
                }
                if (anomaly.version() != null) {
                    json.writeStringField("version", anomaly.version());
                }
                json.writeStringField("day", anomaly.day().toString());
                json.writeNumberField("value_usd", anomaly.value());
                json.writeNumberField("baseline_usd", anomaly.baseline());
                json.writeNumberField("score", Double.isInfinite(anomaly.score()) ? 1e9 : anomaly.score());
                json.writeStringField("detail", anomaly.detail());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("reconciliation");
            for (UsageReport.Reconciliation line : report.reconciliation()) {
                json.writeStartObject();
                json.writeStringField("provider", line.provider());
                json.writeNumberField("reported_usd", Money.cents(line.reported()));
                json.writeNumberField("records_usd", Money.cents(line.records()));
                json.writeNumberField("difference_usd", Money.cents(line.difference()));
                json.writeEndObject();
            }
            json.writeEndArray();
            UsageReport.CostSources sources = report.sources();
            json.writeObjectFieldStart("cost_sources");
            json.writeNumberField("from_records_usd", Money.cents(sources.fromRecords()));
            json.writeNumberField("calls_with_own_cost", sources.recordsWithCost());
            json.writeNumberField("from_price_table_usd", Money.cents(sources.fromPriceTable()));
            json.writeNumberField("calls_priced", sources.recordsPriced());
            json.writeObjectFieldStart("unpriced_tokens_by_model");
            for (var entry : sources.unpricedTokensByModel().entrySet()) {
                json.writeNumberField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("price_tables");
            for (PriceTable.Origin origin : report.prices()) {
                json.writeStartObject();
                json.writeStringField("name", origin.name());
                json.writeStringField("as_of", origin.asOf() == null ? null : origin.asOf().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("notes");
            for (String note : report.notes()) {
                json.writeString(note);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void row(JsonGenerator json, UsageReport.Row row) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", row.name());
        json.writeNumberField("calls", row.calls());
        Tokens t = row.tokens();
        json.writeNumberField("input_tokens", t.input());
        json.writeNumberField("cache_read_tokens", t.cacheRead());
        json.writeNumberField("cache_write_5m_tokens", t.cacheWrite5m());
        json.writeNumberField("cache_write_1h_tokens", t.cacheWrite1h());
        json.writeNumberField("output_tokens", t.output());
        json.writeNumberField("reasoning_tokens", t.reasoning());
        json.writeNumberField("cost_usd", Money.cents(row.cost()));
        json.writeStringField("cost_exact_usd", row.cost().stripTrailingZeros().toPlainString());
        json.writeEndObject();
    }
}
