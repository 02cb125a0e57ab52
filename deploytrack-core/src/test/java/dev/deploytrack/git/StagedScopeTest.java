package dev.deploytrack.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.tokens.TokenBudgetCheck;
import dev.deploytrack.tokens.TokenSettings;
import dev.deploytrack.tokens.Vocabularies;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the hook, only staged files are judged, and a commit that stages no agent text loads no vocabulary. */
class StagedScopeTest {

    @TempDir
    Path dir;

    private void git(String... args) throws Exception {
        TestGit.run(dir, args);
    }

    private void write(String path, String content) throws Exception {
        TestGit.write(dir, path, content);
    }

    private Report budgets(Vocabularies vocabularies) throws Exception {
        TokenSettings settings = ConfigLoader.parse("tokens: {always-loaded: 50, files: {AGENTS.md: 40}}\n",
                "deploytrack.yml").tokens();
        try (StagedWorkspace workspace = StagedWorkspace.open(dir, Map.of())) {
            FindingCollector findings = new FindingCollector(RulePolicy.defaults());
            CheckContext context = new CheckContext(workspace, AgentFileDiscovery.discover(workspace),
                    findings, 1 << 20);
            new TokenBudgetCheck(settings, vocabularies).run(context);
            return findings.toReport();
        }
    }

    @Test
    void stagingOnlyCodeNeedsNoVocabularyEvenWhenCommittedTextIsOverBudget() throws Exception {
        git("init", "-q", "-b", "main");
        write("AGENTS.md", "word word word word word\n".repeat(40));
        git("add", ".");
        git("commit", "-q", "--no-verify", "-m", "big instructions");
        write("src/App.java", "class App {}\n");
        git("add", "src/App.java");
        Vocabularies vocabularies = Vocabularies.isolated();
        assertTrue(budgets(vocabularies).findings().isEmpty());
        assertEquals(Set.of(), vocabularies.loaded());

        write("AGENTS.md", "word word word word word\n".repeat(41));
        git("add", "AGENTS.md");
        Report report = budgets(vocabularies);
        assertEquals(Set.of(EncodingType.O200K_BASE), vocabularies.loaded());
        assertTrue(report.findings().stream().map(Finding::ruleId).anyMatch("token-budget"::equals),
                report.findings().toString());
    }
}
