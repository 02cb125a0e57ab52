package dev.deploytrack.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.claude.ClaudeCodeFeature;
import dev.deploytrack.codex.CodexFeature;
import dev.deploytrack.copilot.CopilotFeature;
import dev.deploytrack.cursor.CursorFeature;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.frontmatter.FrontmatterFeature;
import dev.deploytrack.gemini.GeminiFeature;
import dev.deploytrack.hidden.HiddenTextFeature;
import dev.deploytrack.mcp.McpFeature;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.validate.Validator;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule with a fixture directory under src/test/resources/rules/&lt;rule-id&gt;/: validating {@code fail/} reports
 * exactly the findings of that rule listed in {@code expected.txt} (path:line:column severity), and validating
 * {@code pass/} reports none of it. The fixtures are small repositories, so each rule is tested through discovery,
 * reading and the validator, as a user runs it.
 */
class RuleFixturesTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "rules");

    /** Rules whose failing case needs files too large to commit; tested below with generated files. */
    private static final Set<String> GENERATED = Set.of("skill-directory-size", "claude-md-too-large");

    @TestFactory
    Stream<DynamicTest> eachRuleFailsItsFailingFixtureAndPassesItsPassingOne() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> rules = Files.list(FIXTURES)) {
            for (Path rule : rules.sorted().toList()) {
                String id = rule.getFileName().toString();
                tests.add(DynamicTest.dynamicTest(id + " fails", () -> assertEquals(expected(rule),
                        findings(rule.resolve("fail"), id), id + ": findings on fail/")));
                tests.add(DynamicTest.dynamicTest(id + " passes", () -> assertEquals(List.of(),
                        findings(rule.resolve("pass"), id), id + ": findings on pass/")));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    @Test
    void everyRuleOfTheNewFeaturesHasFixtures() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (Feature feature : List.of(new ClaudeCodeFeature(), new FrontmatterFeature(), new HiddenTextFeature(),
                new CursorFeature(), new CopilotFeature(), new CodexFeature(), new GeminiFeature(), new McpFeature())) {
            feature.rules().forEach(rule -> ids.add(rule.id()));
        }
        ids.addAll(List.of("skill-reference-missing", "skill-reference-depth", "skill-windows-path",
                "skill-name-duplicate", "skill-name-reserved-word", "skill-description-xml"));
        ids.removeAll(GENERATED);
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Path rule = FIXTURES.resolve(id);
            if (!Files.isDirectory(rule.resolve("fail")) || !Files.isDirectory(rule.resolve("pass"))
                    || !Files.isRegularFile(rule.resolve("expected.txt"))) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing, "rules without fail/, pass/ and expected.txt fixtures");
    }

    @Test
    void aSkillDirectoryOver30MbIsReportedAndOneUnderItIsNot(@TempDir Path root) throws IOException {
        Path skill = root.resolve("skills/big");
        Files.createDirectories(skill.resolve("assets"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: big\ndescription: Big. Use for big data.\n---\n");
        sparse(skill.resolve("assets/model.bin"), 29_000_000);
        assertEquals(List.of(), findings(root, "skill-directory-size"));
        sparse(skill.resolve("assets/more.bin"), 2_000_000);
        assertEquals(List.of("skills/big/SKILL.md:1:1 warning"), findings(root, "skill-directory-size"));
    }

    @Test
    void aClaudeMdOver4MibIsReportedAndOneUnderItIsNot(@TempDir Path root) throws IOException {
        String line = "- keep the build green\n";
        Files.writeString(root.resolve("CLAUDE.md"), line.repeat((4 << 20) / line.length()));
        assertEquals(List.of(), findings(root, "claude-md-too-large"));
        Files.writeString(root.resolve("CLAUDE.md"), line.repeat((4 << 20) / line.length() + 10));
        assertEquals(List.of("CLAUDE.md:1:1 error"), findings(root, "claude-md-too-large"));
    }

    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(size);
        }
    }

    private static List<String> expected(Path rule) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(rule.resolve("expected.txt"))) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        assertFalse(lines.isEmpty(), rule + "/expected.txt lists no finding");
        return lines;
    }

    private static List<String> findings(Path tree, String ruleId) throws IOException {
        assertTrue(Files.isDirectory(tree), tree + " is missing");
        Report report = new Validator(DeploytrackConfig.defaults()).validate(tree);
        List<String> found = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.ruleId().equals(ruleId)) {
                found.add(finding.path() + ":" + finding.line() + ":" + finding.column() + " "
                        + finding.severity().label());
            }
        }
        return found;
    }
}
