package dev.deploytrack.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.validate.Validator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample repositories under examples/ and what deploytrack reports on them, as a user sees it: the text report of
 * {@code validate} must equal {@code examples/<name>.expected.txt}. A change to any rule's findings, message or hint on
 * these repositories shows up here, and the golden file is updated on purpose.
 */
class ExampleRepositoriesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @ParameterizedTest
    @ValueSource(strings = {"claude-code", "cursor", "copilot", "codex", "gemini-cli"})
    void theReportOnTheExampleIsItsGoldenFile(String name) throws IOException {
        Report report = new Validator(DeploytrackConfig.defaults()).validate(EXAMPLES.resolve(name));
        StringWriter text = new StringWriter();
        ReportFormat.TEXT.renderer("validate").render(report, text);
        assertEquals(Files.readString(EXAMPLES.resolve(name + ".expected.txt")), text.toString());
    }
}
