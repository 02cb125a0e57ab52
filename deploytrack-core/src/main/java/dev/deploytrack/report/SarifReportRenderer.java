package dev.deploytrack.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.deploytrack.DeploytrackVersion;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules that reported with their metadata, and one result
 * per finding with a physical location relative to {@code %SRCROOT%} (the repository root). Results with a
 * fingerprint carry it as a partial fingerprint so code scanning tracks them across commits.
 */
public final class SarifReportRenderer implements ReportRenderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/deploytrack/deploytrack";

    @Override
    public void render(Report report, Writer out) throws IOException {
        List<Rule> rules = report.rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        try (JsonGenerator json = JsonOutput.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, rules);
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            for (Finding finding : report.findings()) {
                writeResult(json, finding, ruleIndex.get(finding.ruleId()));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeTool(JsonGenerator json, List<Rule> rules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "deploytrack");
        json.writeStringField("version", DeploytrackVersion.get());
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (Rule rule : rules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", camelCase(rule.id()));
            writeMessage(json, "shortDescription", rule.title());
            writeMessage(json, "fullDescription", rule.description());
            writeMessage(json, "help", rule.description());
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", rule.defaultSeverity().label());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", finding.severity().label());
        String text = finding.hint() == null ? finding.message() : finding.message() + " Hint: " + finding.hint();
        writeMessage(json, "message", text);
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(finding.path()));
        json.writeStringField("uriBaseId", "%SRCROOT%");
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", finding.line());
        json.writeNumberField("startColumn", finding.column());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        if (finding.fingerprint() != null) {
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField("deploytrackFingerprint/v1", finding.fingerprint());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeMessage(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** A relative URI reference: path segments percent-encoded where RFC 3986 requires it. */
    static String uri(String path) {
        StringBuilder uri = new StringBuilder(path.length() + 8);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (unreserved) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }

    /** {@code skill-name-directory} becomes {@code SkillNameDirectory}, the SARIF convention for rule names. */
    private static String camelCase(String id) {
        StringBuilder name = new StringBuilder(id.length());
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '-' || c == '.') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
