package dev.deploytrack.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.report.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is what users read to switch rules off: it must list every rule there is. */
class RulesDocumentationTest {

    private static String docs() throws IOException {
        return Files.readString(Path.of("..", "docs", "rules.md"));
    }

    @Test
    void everyRuleIsDocumented() throws IOException {
        String docs = docs();
        for (Rule rule : RuleCatalog.all()) {
            assertTrue(docs.contains("### `" + rule.id() + "`"), "docs/rules.md does not document " + rule.id());
        }
    }

    /** The line under each rule's heading says whether --fix repairs it, and how safely, as the rule declares. */
    @Test
    void everyRuleSaysWhetherItIsFixable() throws IOException {
        String docs = docs();
        for (Rule rule : RuleCatalog.all()) {
            int heading = docs.indexOf("### `" + rule.id() + "`");
            int next = docs.indexOf("\n### ", heading + 1);
            String section = docs.substring(heading, next < 0 ? docs.length() : next);
            String summary = section.lines().filter(line -> line.startsWith("**")).findFirst().orElse("");
            String expected = rule.fixable() == null ? null : "Fixable: " + rule.fixable().label() + ".";
            assertEquals(expected, summary.contains("Fixable:")
                    ? summary.substring(summary.indexOf("Fixable:")) : null, rule.id() + ": " + summary);
        }
    }

    @Test
    void everyRetiredIdIsListedWithItsSuccessors() throws IOException {
        String docs = docs();
        for (RetiredRule retired : RuleCatalog.allRetired()) {
            String row = docs.lines().filter(line -> line.startsWith("| `" + retired.id() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/rules.md lists no retired " + retired.id()));
            retired.successors().forEach(id -> assertTrue(row.contains("`" + id + "`"), row + " lacks " + id));
        }
    }
}
