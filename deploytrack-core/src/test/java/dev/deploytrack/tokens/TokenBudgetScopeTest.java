package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.workspace.MemoryWorkspace;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** In the hook, budgets read agent files only when the commit touches one of the texts they judge. */
class TokenBudgetScopeTest {

    private static final Map<String, String> REPOSITORY = Map.of(
            "AGENTS.md", "# Agents\n\nRun the tests.\n",
            "CLAUDE.md", "# Claude\n\nBe brief.\n",
            ".claude/skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs. Use for PDFs.\n---\nBody.\n",
            "README.md", "# Project\n");

    /** The repository with only {@code scope} staged, recording which files are read. */
    private static final class StagedOnly implements Workspace {

        private final Workspace files = MemoryWorkspace.of(Path.of("/repo"), REPOSITORY);
        private final Set<String> scope;
        private final List<String> reads = new ArrayList<>();

        StagedOnly(Set<String> scope) {
            this.scope = scope;
        }

        @Override
        public Path root() {
            return files.root();
        }

        @Override
        public List<String> files() {
            return files.files();
        }

        @Override
        public long size(String path) throws IOException {
            return files.size(path);
        }

        @Override
        public byte[] read(String path) throws IOException {
            reads.add(path);
            return files.read(path);
        }

        @Override
        public boolean inScope(String path) {
            return scope.contains(path);
        }

        @Override
        public List<SkippedFile> skipped() {
            return List.of();
        }
    }

    private static List<String> readsWhenStaging(String... staged) throws Exception {
        StagedOnly workspace = new StagedOnly(Set.of(staged));
        TokenSettings settings = ConfigLoader.parse("tokens: {always-loaded: 5000, files: {AGENTS.md: 4000}}\n",
                "deploytrack.yml").tokens();
        CheckContext context = new CheckContext(workspace, AgentFileDiscovery.discover(workspace),
                new FindingCollector(RulePolicy.defaults()), 1 << 20);
        new TokenBudgetCheck(settings, Vocabularies.isolated()).run(context);
        return workspace.reads;
    }

    @Test
    void aCommitOfNoAgentTextReadsNoAgentFile() throws Exception {
        assertEquals(List.of(), readsWhenStaging("README.md"));
    }

    @Test
    void aCommitOfOneInstructionFileReadsTheAlwaysLoadedParts() throws Exception {
        List<String> reads = readsWhenStaging("CLAUDE.md");
        assertTrue(reads.containsAll(List.of("AGENTS.md", "CLAUDE.md", ".claude/skills/pdf/SKILL.md")),
                reads.toString());
    }
}
