package dev.deploytrack.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.report.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is what users read to switch rules off: it must list every rule there is. */
class RulesDocumentationTest {

    @Test
    void everyRuleIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "rules.md"));
        for (Rule rule : RuleCatalog.all()) {
            assertTrue(docs.contains("### `" + rule.id() + "`"), "docs/rules.md does not document " + rule.id());
        }
    }
}
