package dev.deploytrack.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * GitLab's Code Quality report (a subset of Code Climate's issue format), which a pipeline attaches with
 * {@code artifacts:reports:codequality} so merge requests show the findings they add and resolve: a JSON array of
 * {@code {description, check_name, fingerprint, severity, location: {path, lines: {begin}}}}.
 *
 * <p>GitLab tells new findings from old ones by the fingerprint alone, so it leaves the line out: a finding that only
 * moves when lines are added above it is not "new". Identical findings in one file are told apart by their order.
 */
public final class CodeQualityReportRenderer implements ReportRenderer {

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartArray();
            for (Finding finding : report.findings()) {
                String identity = finding.ruleId() + '\0' + finding.path() + '\0'
                        + (finding.fingerprint() != null ? finding.fingerprint() : finding.message());
                int occurrence = seen.merge(identity, 1, Integer::sum);
                json.writeStartObject();
                json.writeStringField("type", "issue");
                json.writeStringField("check_name", finding.ruleId());
                json.writeStringField("description", description(finding));
                json.writeStringField("severity", severity(finding.severity()));
                json.writeStringField("fingerprint", sha256(identity + '\0' + occurrence));
                json.writeObjectFieldStart("location");
                json.writeStringField("path", finding.path());
                json.writeObjectFieldStart("lines");
                json.writeNumberField("begin", finding.line());
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    private static String description(Finding finding) {
        if (finding.hint() == null) {
            return finding.message();
        }
        return finding.message() + (finding.message().endsWith(".") ? " " : ". ") + "Hint: " + finding.hint();
    }

    /** GitLab's scale is info, minor, major, critical, blocker; an error fails the build, so it is major. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
