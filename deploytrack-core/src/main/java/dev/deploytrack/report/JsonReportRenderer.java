package dev.deploytrack.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/**
 * The stable JSON shape documented in {@code docs/reports.md}:
 * <pre>{"findings":[{"path","line","column","rule","severity","message","hint"?,"fingerprint"?}],
 *  "summary":{"errors","warnings","notes","files"}}</pre>
 * Written with the streaming generator: no object mapper is loaded for a report.
 */
public final class JsonReportRenderer implements ReportRenderer {

    @Override
    public void render(Report report, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                json.writeStartObject();
                json.writeStringField("path", finding.path());
                json.writeNumberField("line", finding.line());
                json.writeNumberField("column", finding.column());
                json.writeStringField("rule", finding.ruleId());
                json.writeStringField("severity", finding.severity().label());
                json.writeStringField("message", finding.message());
                if (finding.hint() != null) {
                    json.writeStringField("hint", finding.hint());
                }
                if (finding.fingerprint() != null) {
                    json.writeStringField("fingerprint", finding.fingerprint());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            Report.Summary summary = report.summary();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("errors", summary.errors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeNumberField("notes", summary.notes());
            json.writeNumberField("files", summary.files());
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
    }
}
