package dev.deploytrack.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.config.RuleCatalog;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.Rule;
import dev.deploytrack.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The round trip of every fixable rule: its failing fixture (src/test/resources/rules/&lt;id&gt;/fail/), fixed, is
 * byte for byte {@code fixed/} (and, with {@code --fix-unsafe}, {@code fixed-unsafe/} when the rule has unsafe fixes
 * to show); the fixed tree no longer has the rule's findings (but those listed in {@code unfixed.txt}, cases with no
 * certain fix), every file still parses, no other rule reports anything new (a fix never proposes what another rule
 * rejects), and fixing again changes nothing.
 */
class FixRoundTripTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "rules");

    /** Findings that mean a file could not be read at all: a fixed file must not have them. */
    private static final Set<String> UNREADABLE = Set.of("skill-frontmatter", "skill-yaml", "skill-frontmatter-mapping",
            "frontmatter-unclosed", "frontmatter-yaml-invalid", "frontmatter-not-mapping", "mcp-json",
            "claude-settings-json", "claude-hooks-json", "claude-plugin-json", "claude-marketplace-json", "yaml-syntax");

    @TestFactory
    Stream<DynamicTest> everyFixableRuleFixesItsFailingFixture() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleCatalog.all()) {
            if (rule.fixable() == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(rule.id(), () -> roundTrip(rule)));
        }
        assertFalse(tests.isEmpty(), "no rule declares fixes");
        return tests.stream();
    }

    private static void roundTrip(Rule rule) throws IOException {
        Path fixture = FIXTURES.resolve(rule.id());
        assertTrue(Files.isDirectory(fixture.resolve("fail")), rule.id() + " has no fail/ fixture");
        assertTrue(Files.isDirectory(fixture.resolve("fixed")), rule.id() + " is fixable but has no fixed/ fixture");
        Path safe = fix(fixture.resolve("fail"), false);
        assertEquals(tree(fixture.resolve("fixed")), tree(safe), rule.id() + ": --fix of fail/ is not fixed/");
        Path last = safe;
        if (Files.isDirectory(fixture.resolve("fixed-unsafe"))) {
            last = fix(fixture.resolve("fail"), true);
            assertEquals(tree(fixture.resolve("fixed-unsafe")), tree(last),
                    rule.id() + ": --fix-unsafe of fail/ is not fixed-unsafe/");
        } else if (rule.fixable() == Fixable.UNSAFE) {
            throw new AssertionError(rule.id() + " has only unsafe fixes: show them in fixed-unsafe/");
        }
        Report before = validate(fixture.resolve("fail"));
        Report after = validate(last);
        List<String> left = new ArrayList<>();
        for (Finding finding : after.findings()) {
            if (finding.ruleId().equals(rule.id())) {
                left.add(finding.path() + ":" + finding.line() + ":" + finding.column() + " "
                        + finding.severity().label());
            }
        }
        assertEquals(unfixed(fixture), left, rule.id() + ": findings left after fixing");
        for (Finding finding : after.findings()) {
            assertFalse(UNREADABLE.contains(finding.ruleId()) && !left.contains(finding.path() + ":"
                    + finding.line() + ":" + finding.column() + " " + finding.severity().label()),
                    rule.id() + ": a fixed file no longer parses: " + finding);
        }
        Set<String> earlier = new TreeSet<>();
        Set<String> unreadable = new TreeSet<>();
        for (Finding finding : before.findings()) {
            earlier.add(finding.ruleId() + " " + finding.path());
            if (UNREADABLE.contains(finding.ruleId())) {
                unreadable.add(finding.path()); // its other findings were hidden: reading it now may show them
            }
        }
        for (Finding finding : after.findings()) {
            String key = finding.ruleId() + " " + finding.path();
            // a renamed skill directory moves its findings with it
            assertTrue(earlier.contains(key) || unreadable.contains(finding.path())
                    || earlier.stream().anyMatch(k -> k.startsWith(finding.ruleId() + " ")),
                    rule.id() + ": the fix made a new finding: " + finding);
        }
        Fixer.Plan again = new Fixer(DeploytrackConfig.defaults(), true).plan(last);
        assertEquals(List.of(), again.changes(), rule.id() + ": fixing twice changed the file again");
    }

    private static Path fix(Path fail, boolean unsafe) throws IOException {
        Path copy = Files.createTempDirectory("deploytrack-fix-");
        copyTree(fail, copy);
        Fixer fixer = new Fixer(DeploytrackConfig.defaults(), unsafe);
        Fixer.Outcome outcome = fixer.apply(fixer.plan(copy));
        assertEquals(List.of(), outcome.refused(), "refused");
        return copy;
    }

    private static Report validate(Path tree) throws IOException {
        return new Validator(DeploytrackConfig.defaults()).validate(tree);
    }

    private static List<String> unfixed(Path fixture) throws IOException {
        Path file = fixture.resolve("unfixed.txt");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(String::strip).toList();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Every file of the tree (relative path to content, shown as text with its line breaks escaped). */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        text.replace("\r", "\\r").replace("\uFEFF", "<BOM>"));
            }
        }
        return files;
    }
}
