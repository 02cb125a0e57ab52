package dev.deploytrack.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats, by the names users pass to {@code --format} and {@code <formats>}. */
public enum ReportFormat {
    TEXT("text", "txt"),
    JSON("json", "json"),
    SARIF("sarif", "sarif"),
    JUNIT("junit", "xml"),
    MARKDOWN("markdown", "md"),
    CODEQUALITY("codequality", "codequality.json");

    private final String id;
    private final String extension;

    ReportFormat(String id, String extension) {
        this.id = id;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    /**
     * The file a report of this format is written to in an output directory, e.g. {@code deploytrack-validate.sarif};
     * JUnit reports follow the {@code TEST-*.xml} convention CI servers collect.
     */
    public String fileName(String command) {
        String base = "deploytrack-" + command;
        return this == JUNIT ? "TEST-" + base + ".xml" : base + "." + extension;
    }

    /**
     * The renderer for this format.
     *
     * @param command the command that produced the report ({@code validate}, {@code scan}), used in titles
     */
    public ReportRenderer renderer(String command) {
        return switch (this) {
            case TEXT -> new TextReportRenderer();
            case JSON -> new JsonReportRenderer();
            case SARIF -> new SarifReportRenderer();
            case JUNIT -> new JUnitReportRenderer(command);
            case MARKDOWN -> new MarkdownReportRenderer(command);
            case CODEQUALITY -> new CodeQualityReportRenderer();
        };
    }

    public static Optional<ReportFormat> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted) || (f == JUNIT && wanted.equals("xml")))
                .findFirst();
    }

    /** {@code text, json, sarif, junit, markdown, codequality}: for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
