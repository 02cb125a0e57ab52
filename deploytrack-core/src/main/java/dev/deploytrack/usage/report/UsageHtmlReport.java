package dev.deploytrack.usage.report;

import dev.deploytrack.cost.Money;
import dev.deploytrack.secrets.SecretRedaction;
import dev.deploytrack.usage.alert.Anomaly;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The usage report as one self-contained HTML page: inline CSS and SVG charts drawn here, no script, no font or
 * library from a network, so it opens offline and in a mail attachment. Two charts: the cost per day per agent
 * (stacked bars, the environments' daily limits as a line, anomalies marked), and each environment's spend in the
 * period so far against its limit with the forecast to the period's end. Every mark carries its figures in
 * {@code data-} attributes and a tooltip ({@code <title>}), so a test, or a person, can read them back.
 */
public final class UsageHtmlReport {

    private static final String[] COLORS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2",
        "#17becf", "#bcbd22", "#7f7f7f", "#393b79"};
    private static final int WIDTH = 860;
    private static final int HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private UsageHtmlReport() {
    }

    public static String render(UsageReport report) {
        StringBuilder html = new StringBuilder(32 * 1024);
        String title = "deploytrack usage, " + report.period().id() + " " + report.periods().get(1).label();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px;color:#222;max-width:920px}")
                .append("h1{font-size:22px}h2{font-size:17px;margin-top:28px}")
                .append("table{border-collapse:collapse;font-size:13px}td,th{padding:3px 8px;border-bottom:1px solid #ddd}")
                .append("td.n{text-align:right}.failed{color:#c00;font-weight:bold}.warning{color:#b36b00;font-weight:bold}")
                .append(".ok{color:#2a7a2a}.legend span{display:inline-block;margin-right:14px;font-size:13px}")
                .append(".legend i{display:inline-block;width:11px;height:11px;margin-right:4px}")
                .append(".note{font-size:13px;color:#555}svg text{font-size:11px;fill:#333}\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"note\">As of ")
                .append(escape(report.asOf().toString())).append(". ").append(escape(UsageReportWriter.sources(report)))
                .append("</p>\n");
        budgets(html, report);
        Map<String, String> colors = colors(report);
        dailyChart(html, report, colors);
        periodCharts(html, report);
        anomalies(html, report);
        tables(html, report);
        for (String note : report.notes()) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static Map<String, String> colors(UsageReport report) {
        Map<String, String> colors = new LinkedHashMap<>();
        for (UsageReport.DailyCost day : report.daily()) {
            colors.computeIfAbsent(day.agent(), k -> COLORS[colors.size() % COLORS.length]);
        }
        return colors;
    }

    private static void budgets(StringBuilder html, UsageReport report) {
        html.append("<h2>Budgets</h2>\n");
        if (report.budgets().isEmpty()) {
            html.append("<p class=\"note\">No environment has a budget-limits.yaml.</p>\n");
            return;
        }
        html.append("<table id=\"budgets\"><tr><th>Environment</th><th>Spent</th><th>Limit</th><th>%</th>"
                + "<th>Forecast</th><th>Status</th></tr>\n");
        for (BudgetStatus budget : report.budgets()) {
            String level = budget.level().name().toLowerCase(Locale.ROOT);
            html.append("<tr data-environment=\"").append(escape(budget.environment())).append("\"><td>")
                    .append(escape(budget.environment())).append("</td><td class=\"n\">")
                    .append(Money.usd(budget.actual())).append("</td><td class=\"n\">").append(Money.usd(budget.limit()))
                    .append("</td><td class=\"n\">").append(budget.percent().toPlainString()).append("%</td><td class=\"n\">")
                    .append(Money.usd(budget.forecast())).append("</td><td class=\"").append(level).append("\">")
                    .append(level).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Stacked bars of cost per day per agent, the daily limit line, anomaly markers. */
    private static void dailyChart(StringBuilder html, UsageReport report, Map<String, String> colors) {
        TreeMap<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        for (UsageReport.DailyCost day : report.daily()) {
            days.computeIfAbsent(day.day(), k -> new LinkedHashMap<>()).put(day.agent(), day.cost());
        }
        html.append("<h2>Cost per day per agent</h2>\n");
        if (days.isEmpty()) {
            html.append("<p class=\"note\">No usage in this period.</p>\n");
            return;
        }
        BigDecimal dailyLimit = BigDecimal.ZERO;
        for (BudgetStatus budget : report.budgets()) {
            if (report.period() == dev.deploytrack.usage.Period.DAY) {
                dailyLimit = dailyLimit.add(budget.limit());
            } else {
                long length = ChronoUnit.DAYS.between(report.start(), report.end());
                dailyLimit = dailyLimit.add(budget.limit().divide(BigDecimal.valueOf(length), MathContext.DECIMAL64));
            }
        }
        BigDecimal max = dailyLimit;
        for (Map<String, BigDecimal> costs : days.values()) {
            BigDecimal sum = costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            max = max.max(sum);
        }
        max = niceMax(max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = (double) plotWidth / days.size();
        double barWidth = Math.max(2, slot * 0.75);
        html.append("<svg id=\"daily-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"cost per day per agent\" data-max=\"")
                .append(max.toPlainString()).append("\">\n");
        axes(html, max, plotHeight);
        int index = 0;
        for (Map.Entry<LocalDate, Map<String, BigDecimal>> day : days.entrySet()) {
            double x = LEFT + index * slot + (slot - barWidth) / 2;
            double base = TOP + plotHeight;
            for (Map.Entry<String, BigDecimal> agent : day.getValue().entrySet()) {
                if (agent.getValue().signum() == 0) {
                    continue;
                }
                double height = scale(agent.getValue(), max, plotHeight);
                base -= height;
                html.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(base))
                        .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(height))
                        .append("\" fill=\"").append(colors.get(agent.getKey())).append("\" data-day=\"")
                        .append(day.getKey()).append("\" data-agent=\"").append(escape(agent.getKey()))
                        .append("\" data-cost=\"").append(Money.cents(agent.getValue()).toPlainString())
                        .append("\"><title>").append(escape(agent.getKey())).append(", ").append(day.getKey())
                        .append(": ").append(Money.usd(agent.getValue())).append("</title></rect>\n");
            }
            if (index % Math.max(1, days.size() / 10) == 0) {
                html.append("<text x=\"").append(fmt(x + barWidth / 2)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                        .append("\" text-anchor=\"middle\">").append(day.getKey().toString().substring(5))
                        .append("</text>\n");
            }
            for (Anomaly anomaly : report.anomalies()) {
                if (anomaly.kind() == Anomaly.Kind.DAILY_COST && anomaly.day().equals(day.getKey())) {
                    double total = day.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .doubleValue();
                    double y = TOP + plotHeight - total / max.doubleValue() * plotHeight - 10;
                    double cx = x + barWidth / 2;
                    html.append("<path class=\"anomaly\" d=\"M").append(fmt(cx)).append(' ').append(fmt(y + 6))
                            .append(" L").append(fmt(cx - 6)).append(' ').append(fmt(y - 5)).append(" L")
                            .append(fmt(cx + 6)).append(' ').append(fmt(y - 5)).append(" Z\" fill=\"#d62728\" "
                            + "data-day=\"").append(anomaly.day()).append("\" data-agent=\"")
                            .append(escape(anomaly.agent())).append("\"><title>").append(escape(anomaly.detail()))
                            .append("</title></path>\n");
                }
            }
            index++;
        }
        if (dailyLimit.signum() > 0) {
            double y = TOP + plotHeight - scale(dailyLimit, max, plotHeight);
            html.append("<line class=\"budget\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#c00\" "
                    + "stroke-width=\"2\" stroke-dasharray=\"6 4\" data-limit=\"")
                    .append(Money.cents(dailyLimit).toPlainString()).append("\"><title>budget per day ")
                    .append(Money.usd(dailyLimit)).append("</title></line>\n")
                    .append("<text x=\"").append(WIDTH - RIGHT - 4).append("\" y=\"").append(fmt(y - 4))
                    .append("\" text-anchor=\"end\" fill=\"#c00\">budget per day ").append(Money.usd(dailyLimit))
                    .append("</text>\n");
        }
        html.append("</svg>\n<div class=\"legend\">");
        for (Map.Entry<String, String> agent : colors.entrySet()) {
            html.append("<span><i style=\"background:").append(agent.getValue()).append("\"></i>")
                    .append(escape(agent.getKey())).append("</span>");
        }
        html.append("<span><i style=\"background:#d62728\"></i>anomaly</span></div>\n");
    }

    /** Per environment: the spend accumulated day by day, the limit, and the forecast to the period's end. */
    private static void periodCharts(StringBuilder html, UsageReport report) {
        if (report.budgets().isEmpty()) {
            return;
        }
        html.append("<h2>Spend in the period against the budget</h2>\n");
        long length = ChronoUnit.DAYS.between(report.start(), report.end());
        for (BudgetStatus budget : report.budgets()) {
            BigDecimal max = niceMax(budget.limit().max(budget.forecast()).max(budget.actual()));
            int plotWidth = WIDTH - LEFT - RIGHT;
            int plotHeight = HEIGHT - TOP - BOTTOM;
            html.append("<svg class=\"period-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                    .append("\" height=\"").append(HEIGHT).append("\" data-environment=\"")
                    .append(escape(budget.environment())).append("\" data-limit=\"")
                    .append(Money.cents(budget.limit()).toPlainString()).append("\" data-actual=\"")
                    .append(Money.cents(budget.actual()).toPlainString()).append("\" data-forecast=\"")
                    .append(Money.cents(budget.forecast()).toPlainString()).append("\">\n");
            axes(html, max, plotHeight);
            html.append("<text x=\"").append(LEFT).append("\" y=\"14\">").append(escape(budget.environment()))
                    .append("</text>\n");
            double yLimit = TOP + plotHeight - scale(budget.limit(), max, plotHeight);
            html.append("<line class=\"budget\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(fmt(yLimit)).append("\" y2=\"").append(fmt(yLimit))
                    .append("\" stroke=\"#c00\" stroke-width=\"2\" data-limit=\"")
                    .append(Money.cents(budget.limit()).toPlainString()).append("\"><title>limit ")
                    .append(Money.usd(budget.limit())).append(" (").append(escape(budget.limitSource()))
                    .append(")</title></line>\n");
            StringBuilder points = new StringBuilder();
            points.append(fmt(LEFT)).append(',').append(fmt(TOP + plotHeight));
            BigDecimal running = BigDecimal.ZERO;
            double lastX = LEFT;
            double lastY = TOP + plotHeight;
            for (UsageReport.DailyCost day : report.environmentDaily()) {
                if (!day.agent().equals(budget.environment())) {
                    continue;
                }
                running = running.add(day.cost());
                double dayEnd = Math.min(length, ChronoUnit.DAYS.between(report.start(), day.day()) + 1.0);
                double elapsed = Math.min(dayEnd, ChronoUnit.MILLIS.between(report.start().atStartOfDay(
                        java.time.ZoneOffset.UTC).toInstant(), report.asOf()) / 86_400_000.0);
                lastX = LEFT + elapsed / length * plotWidth;
                lastY = TOP + plotHeight - scale(running, max, plotHeight);
                points.append(' ').append(fmt(lastX)).append(',').append(fmt(lastY));
            }
            html.append("<polyline class=\"actual\" points=\"").append(points).append("\" fill=\"none\" "
                    + "stroke=\"#1f77b4\" stroke-width=\"3\"><title>spent ").append(Money.usd(budget.actual()))
                    .append("</title></polyline>\n");
            double yForecast = TOP + plotHeight - scale(budget.forecast(), max, plotHeight);
            html.append("<line class=\"forecast\" x1=\"").append(fmt(lastX)).append("\" y1=\"").append(fmt(lastY))
                    .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(fmt(yForecast))
                    .append("\" stroke=\"#1f77b4\" stroke-width=\"2\" stroke-dasharray=\"4 4\" data-forecast=\"")
                    .append(Money.cents(budget.forecast()).toPlainString()).append("\"><title>forecast ")
                    .append(Money.usd(budget.forecast())).append(" at ").append(Money.usd(budget.dailyRate()))
                    .append("/day</title></line>\n");
            html.append("<text x=\"").append(WIDTH - RIGHT - 4).append("\" y=\"").append(fmt(yLimit - 4))
                    .append("\" text-anchor=\"end\" fill=\"#c00\">limit ").append(Money.usd(budget.limit()))
                    .append("</text>\n</svg>\n");
        }
    }

    private static void anomalies(StringBuilder html, UsageReport report) {
        html.append("<h2>Anomalies</h2>\n");
        if (report.anomalies().isEmpty()) {
            html.append("<p class=\"note\">None in this period.</p>\n");
            return;
        }
        html.append("<ul id=\"anomalies\">\n");
        for (Anomaly anomaly : report.anomalies()) {
            html.append("<li data-kind=\"").append(anomaly.kind().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(escape(anomaly.detail())).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void tables(StringBuilder html, UsageReport report) {
        for (UsageReport.PeriodTotals period : report.periods()) {
            html.append("<h2>").append(escape(period.label())).append(" by ").append(escape(report.groupBy()))
                    .append("</h2>\n<table class=\"totals\"><tr><th>").append(escape(report.groupBy()))
                    .append("</th><th>Calls</th><th>Input</th><th>Cache read</th><th>Cache write</th><th>Output</th>"
                            + "<th>Cost</th></tr>\n");
            List<UsageReport.Row> rows = new ArrayList<>(period.rows());
            rows.add(period.total());
            for (UsageReport.Row row : rows) {
                html.append("<tr><td>").append(escape(row.name())).append("</td><td class=\"n\">").append(row.calls())
                        .append("</td><td class=\"n\">").append(row.tokens().input()).append("</td><td class=\"n\">")
                        .append(row.tokens().cacheRead()).append("</td><td class=\"n\">")
                        .append(row.tokens().cacheWrite5m() + row.tokens().cacheWrite1h())
                        .append("</td><td class=\"n\">").append(row.tokens().output()).append("</td><td class=\"n\">")
                        .append(Money.usd(row.cost())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
    }

    private static void axes(StringBuilder html, BigDecimal max, int plotHeight) {
        html.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(TOP + plotHeight).append("\" stroke=\"#999\"/>\n<line x1=\"").append(LEFT)
                .append("\" y1=\"").append(TOP + plotHeight).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"")
                .append(TOP + plotHeight).append("\" stroke=\"#999\"/>\n");
        for (int i = 0; i <= 4; i++) {
            BigDecimal value = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            html.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(Money.usd(value)).append("</text>\n");
            if (i > 0) {
                html.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
                        .append(WIDTH - RIGHT).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#eee\"/>\n");
            }
        }
    }

    /** A round ceiling for an axis: 1, 2 or 5 times a power of ten. */
    static BigDecimal niceMax(BigDecimal value) {
        double v = Math.max(value.doubleValue(), 0.01);
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= v) {
                return BigDecimal.valueOf(step * power).stripTrailingZeros();
            }
        }
        return BigDecimal.valueOf(10 * power);
    }

    private static double scale(BigDecimal value, BigDecimal max, int plotHeight) {
        return value.doubleValue() / max.doubleValue() * plotHeight;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text for HTML, with secrets redacted as in every output. */
    static String escape(String text) {
        String safe = SecretRedaction.redact(text);
        StringBuilder out = new StringBuilder(safe.length());
        for (char c : safe.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
