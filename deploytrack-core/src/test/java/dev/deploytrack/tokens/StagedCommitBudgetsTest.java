package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.git.StagedWorkspace;
import dev.deploytrack.git.TestGit;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook's common case, on a real git index: a commit that stages a skill, AGENTS.md, an MCP config and code,
 * all within their budgets, is judged without loading a vocabulary; the same commit with the skill grown past the
 * specification's guidance is counted exactly.
 */
class StagedCommitBudgetsTest {

    @TempDir
    Path dir;

    @Test
    void aCommitWithinItsBudgetsLoadsNoVocabularyAndOneOverThemIsCountedExactly() throws Exception {
        git("init", "-q", "-b", "main");
        String body = "# Release notes\n\n" + RandomTexts.corpusFile("agents-large.md")
                + RandomTexts.corpusFile("markdown-table.md") + "\n```python\n"
                + RandomTexts.corpusFile("code-python.py") + "```\n";
        write(".claude/skills/release-notes/SKILL.md", "---\nname: release-notes\ndescription: Writes release notes "
                + "from merged pull requests, grouped by area, breaking changes first. Use when a release is tagged "
                + "or someone asks what changed since the last one.\n---\n" + body);
        write("AGENTS.md", RandomTexts.corpusFile("agents-large.md"));
        write(".mcp.json", "{\"mcpServers\": {\"github\": {\"command\": \"npx\", \"args\": [\"-y\", \"server\"]}}}\n");
        write("src/service.py", RandomTexts.corpusFile("code-python.py").repeat(20));
        git("add", ".");
        String config = "tokens: {files: {AGENTS.md: 4000}}";

        Vocabularies vocabularies = Vocabularies.isolated();
        Report within = budgets(config, vocabularies);
        assertTrue(within.findings().isEmpty(), within.findings().toString());
        assertEquals(Set.of(), vocabularies.loaded(), "a commit within its budgets loads no vocabulary");

        // Three bodies in one: past the 5,000-token guidance, so it is counted, and the finding has the count.
        write(".claude/skills/release-notes/SKILL.md", "---\nname: release-notes\ndescription: Writes notes.\n---\n"
                + body.repeat(3));
        git("add", ".");
        Report over = budgets(config, vocabularies);
        assertEquals(Set.of(EncodingType.O200K_BASE), vocabularies.loaded());
        Finding finding = over.findings().get(0);
        assertEquals(TokenRules.SKILL_BODY, finding.rule());
        int exact = Vocabularies.shared().encoding(EncodingType.O200K_BASE).countTokensOrdinary(body.repeat(3));
        assertTrue(finding.message().contains("is " + TokenBudgetCheck.number(exact) + " tokens (o200k_base)"),
                finding.message());
        assertTrue(exact > 5000, "over the guidance: " + exact);
    }

    private Report budgets(String config, Vocabularies vocabularies) throws Exception {
        TokenSettings settings = ConfigLoader.parse(config, "deploytrack.yml").tokens();
        try (StagedWorkspace workspace = StagedWorkspace.open(dir, Map.of())) {
            FindingCollector findings = new FindingCollector(RulePolicy.defaults());
            CheckContext context = new CheckContext(workspace, AgentFileDiscovery.discover(workspace),
                    findings, 1 << 20);
            new TokenBudgetCheck(settings, vocabularies).run(context);
            return findings.toReport();
        }
    }

    private void git(String... args) throws Exception {
        TestGit.run(dir, args);
    }

    private void write(String path, String content) throws Exception {
        TestGit.write(dir, path, content);
    }
}
