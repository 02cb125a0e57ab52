package dev.deploytrack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RenderersTest {

    private static String render(ReportFormat format, Report report) throws IOException {
        StringWriter out = new StringWriter();
        format.renderer("validate").render(report, out);
        return out.toString();
    }

    @Test
    void textIsCompilerStyleWithHintsAndCounts() throws IOException {
        String text = render(ReportFormat.TEXT, SampleReports.mixed());
        List<String> lines = text.lines().toList();
        assertEquals(".claude/skills/pdf/SKILL.md:4:1: warning: unknown field 'version' [skill-unknown-field]",
                lines.get(0));
        // A control character is shown as an escape: a message cannot break its line.
        assertEquals("link.md:1:1: note: symlink points outside <repo> & is \\u0001 skipped [file-skipped]",
                lines.get(1));
        assertEquals("skills/data export/SKILL.md:2:7: error: name 'a|b' does not match `dir` [skill-name-directory]",
                lines.get(2));
        assertEquals("    hint: rename the directory", lines.get(3));
        assertEquals("1 error, 1 warning, 1 note in 4 files", lines.get(4));
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON, SampleReports.mixed()));
        assertEquals(List.of("findings", "summary"), fieldNames(json));
        JsonNode error = json.get("findings").get(2);
        assertEquals(List.of("path", "line", "column", "rule", "severity", "message", "hint"), fieldNames(error));
        assertEquals("skills/data export/SKILL.md", error.get("path").asText());
        assertEquals(2, error.get("line").asInt());
        assertEquals(7, error.get("column").asInt());
        assertEquals("error", error.get("severity").asText());
        assertEquals("abc123", json.get("findings").get(0).get("fingerprint").asText());
        JsonNode summary = json.get("summary");
        assertEquals(1, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
        assertEquals(1, summary.get("notes").asInt());
        assertEquals(4, summary.get("files").asInt());
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws IOException {
        for (Report report : List.of(SampleReports.mixed(), Report.empty())) {
            String sarif = render(ReportFormat.SARIF, report);
            Set<ValidationMessage> errors = sarifSchema().validate(new ObjectMapper().readTree(sarif));
            assertEquals(Set.of(), errors, sarif);
        }
        // The schema check is not vacuous: a document without the required version fails it.
        assertFalse(sarifSchema().validate(new ObjectMapper().readTree("{\"runs\": []}")).isEmpty());
    }

    @Test
    void sarifResultsCarryRuleMetadataLocationAndFingerprint() throws IOException {
        JsonNode run = new ObjectMapper().readTree(render(ReportFormat.SARIF, SampleReports.mixed())).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(3, rules.size());
        JsonNode error = null;
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals("skill-name-directory")) {
                error = result;
            }
        }
        JsonNode rule = rules.get(error.get("ruleIndex").asInt());
        assertEquals("skill-name-directory", rule.get("id").asText());
        assertEquals("SkillNameDirectory", rule.get("name").asText());
        assertEquals("error", rule.get("defaultConfiguration").get("level").asText());
        assertFalse(rule.get("shortDescription").get("text").asText().isEmpty());
        JsonNode location = error.get("locations").get(0).get("physicalLocation");
        assertEquals("skills/data%20export/SKILL.md", location.get("artifactLocation").get("uri").asText());
        assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(2, location.get("region").get("startLine").asInt());
        assertEquals(7, location.get("region").get("startColumn").asInt());
        assertTrue(error.get("message").get("text").asText().contains("Hint: rename the directory"));
        JsonNode warning = run.get("results").get(0);
        assertEquals("abc123", warning.get("partialFingerprints").get("deploytrackFingerprint/v1").asText());
    }

    @Test
    void junitHasATestCasePerFileFailingOnlyOnErrors() throws Exception {
        String xml = render(ReportFormat.JUNIT, SampleReports.mixed());
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        NodeList cases = document.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        NodeList failures = document.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failed = (Element) failures.item(0).getParentNode();
        assertEquals("skills/data export/SKILL.md", failed.getAttribute("name"));
        assertEquals("skill-name-directory", ((Element) failures.item(0)).getAttribute("type"));
        assertTrue(xml.contains("is \\u0001 skipped"), "control characters are escaped, not written raw");
    }

    @Test
    void markdownEscapesTableCells() throws IOException {
        String markdown = render(ReportFormat.MARKDOWN, SampleReports.mixed());
        assertTrue(markdown.startsWith("### deploytrack validate: failed\n"), markdown);
        assertTrue(markdown.contains("| `skills/data export/SKILL.md:2` | error | `skill-name-directory` | "
                + "name 'a\\|b' does not match \\`dir\\` |"), markdown);
        // HTML in a message is text on the job page; a control character is an escape.
        assertTrue(markdown.contains("| symlink points outside \\<repo\\> \\& is  skipped |"), markdown);
        assertTrue(render(ReportFormat.MARKDOWN, Report.empty()).contains("passed"));
    }

    @Test
    void markdownIsCappedForHugeReports() throws IOException {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < MarkdownReportRenderer.MAX_ROWS + 5; i++) {
            many.add(Finding.of(SampleReports.ERROR_RULE, "f" + i + ".md", 1, 1, "m"));
        }
        String markdown = render(ReportFormat.MARKDOWN, new Report(many, List.of()));
        assertTrue(markdown.contains("5 more findings are in the full report."), markdown);
    }

    /** What GitLab reads from artifacts:reports:codequality to show a merge request's new and resolved findings. */
    @Test
    void codeQualityIsGitLabsIssueArray() throws IOException {
        JsonNode issues = new ObjectMapper().readTree(render(ReportFormat.CODEQUALITY, SampleReports.mixed()));
        assertTrue(issues.isArray());
        assertEquals(3, issues.size());
        JsonNode error = issues.get(2);
        assertEquals("skill-name-directory", error.get("check_name").asText());
        assertEquals("major", error.get("severity").asText());
        assertEquals("name 'a|b' does not match `dir`. Hint: rename the directory", error.get("description").asText());
        assertEquals("skills/data export/SKILL.md", error.get("location").get("path").asText());
        assertEquals(2, error.get("location").get("lines").get("begin").asInt());
        assertEquals("minor", issues.get(0).get("severity").asText());
        assertEquals("info", issues.get(1).get("severity").asText());
        assertEquals(0, new ObjectMapper().readTree(render(ReportFormat.CODEQUALITY, Report.empty())).size());
    }

    @Test
    void codeQualityFingerprintsSurviveMovedLinesAndTellTwinsApart() throws IOException {
        Finding here = Finding.of(SampleReports.ERROR_RULE, "a/SKILL.md", 2, 1, "bad name");
        Finding moved = Finding.of(SampleReports.ERROR_RULE, "a/SKILL.md", 9, 1, "bad name");
        Finding twin = Finding.of(SampleReports.ERROR_RULE, "a/SKILL.md", 12, 1, "bad name");
        Finding other = Finding.of(SampleReports.ERROR_RULE, "b/SKILL.md", 2, 1, "bad name");
        JsonNode before = new ObjectMapper().readTree(render(ReportFormat.CODEQUALITY,
                new Report(List.of(here, other), List.of())));
        JsonNode after = new ObjectMapper().readTree(render(ReportFormat.CODEQUALITY,
                new Report(List.of(moved, twin, other), List.of())));
        assertEquals(before.get(0).get("fingerprint"), after.get(0).get("fingerprint"), "a moved line is no new issue");
        assertFalse(after.get(0).get("fingerprint").equals(after.get(1).get("fingerprint")), "twins stay two issues");
        assertFalse(before.get(0).get("fingerprint").equals(before.get(1).get("fingerprint")), "one per file");
        assertEquals(64, before.get(0).get("fingerprint").asText().length());
        assertEquals("deploytrack-validate.codequality.json", ReportFormat.CODEQUALITY.fileName("validate"));
    }

    @Test
    void formatNamesParse() {
        assertEquals(ReportFormat.JUNIT, ReportFormat.parse("JUnit").orElseThrow());
        assertEquals("TEST-deploytrack-validate.xml", ReportFormat.JUNIT.fileName("validate"));
        assertEquals("deploytrack-scan.sarif", ReportFormat.SARIF.fileName("scan"));
        assertTrue(ReportFormat.parse("pdf").isEmpty());
    }

    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = RenderersTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
