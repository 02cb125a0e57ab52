package dev.deploytrack.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers (Jenkins, GitLab, Azure) read it, following Checkstyle's convention: one test case per
 * checked file, failed when the file has errors. Warnings and notes go to the test case's {@code system-out} so they
 * are visible without failing it.
 */
public final class JUnitReportRenderer implements ReportRenderer {

    private final String command;

    public JUnitReportRenderer(String command) {
        this.command = command;
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (String file : report.checkedFiles()) {
            byFile.put(file, new ArrayList<>());
        }
        for (Finding finding : report.findings()) {
            byFile.computeIfAbsent(finding.path(), k -> new ArrayList<>()).add(finding);
        }
        int failures = (int) byFile.values().stream()
                .filter(list -> list.stream().anyMatch(f -> f.severity() == Severity.ERROR)).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "deploytrack " + command);
            xml.writeAttribute("tests", Integer.toString(byFile.size()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n");
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                writeTestCase(xml, file.getKey(), file.getValue());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private void writeTestCase(XMLStreamWriter xml, String path, List<Finding> findings) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "deploytrack." + command);
        xml.writeAttribute("name", xmlSafe(path));
        xml.writeAttribute("file", xmlSafe(path));
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        List<Finding> others = findings.stream().filter(f -> f.severity() != Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", errors.get(0).ruleId());
            xml.writeAttribute("message", xmlSafe(errors.size() == 1 ? errors.get(0).message()
                    : errors.size() + " errors, first: " + errors.get(0).message()));
            xml.writeCharacters(xmlSafe(lines(errors)));
            xml.writeEndElement();
        }
        if (!others.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlSafe(lines(others)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static String lines(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(TextReportRenderer.formatWithHint(finding)).append('\n');
        }
        return text.toString();
    }

    /** Replaces characters XML 1.0 cannot carry (most control characters) so a hostile file name cannot break it. */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
            if (!allowed) {
                if (safe == null) {
                    safe = new StringBuilder(text.length()).append(text, 0, i);
                }
                safe.append('\uFFFD');
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }
}
