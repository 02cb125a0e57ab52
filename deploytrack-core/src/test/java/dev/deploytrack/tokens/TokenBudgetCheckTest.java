package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.Severity;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Budgets with numbers a person can check: a line "word word word word word\n" is 6 tokens in o200k_base (one token
 * per word, one for the line end; tiktoken agrees), so n such lines are 6n tokens and the count of the text up to
 * line L is 6L.
 */
class TokenBudgetCheckTest {

    @TempDir
    Path dir;

    private static TokenSettings settings(String yaml) throws Exception {
        return ConfigLoader.parse(yaml, "deploytrack.yml").tokens();
    }

    private Report check(Repo repo, String yaml, Vocabularies vocabularies) throws Exception {
        return repo.run(new TokenBudgetCheck(settings(yaml), vocabularies));
    }

    @Test
    void overBudgetIsAnErrorAtTheLineWhereTheBudgetIsCrossed() throws Exception {
        // 20 lines = 120 tokens against 100: 120%. 6L >= 100 first at L = 17.
        Repo repo = new Repo(dir).file("AGENTS.md", Repo.words(20));
        Report report = check(repo, "tokens: {files: {AGENTS.md: 100}}", Vocabularies.shared());
        assertEquals(1, report.findings().size(), report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals(TokenRules.BUDGET, finding.rule());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("AGENTS.md", finding.path());
        assertEquals(17, finding.line());
        assertEquals("AGENTS.md is 120 tokens (o200k_base), 120% of its 100-token budget (tokens.files 'AGENTS.md'); "
                + "the budget is crossed at line 17", finding.message());
        assertTrue(finding.hint().contains("keep 20% headroom: at most 80 tokens"), finding.hint());
    }

    @Test
    void seventyAndNinetyPercentAreWarningsAtTheirLines() throws Exception {
        Repo repo = new Repo(dir).file("CLAUDE.md", Repo.words(20));
        // 120 of 130 = 92%: the 90% target is 117 tokens, first reached at L = 20 (6 x 20 = 120).
        Finding ninety = check(repo, "tokens: {files: {CLAUDE.md: 130}}", Vocabularies.shared()).findings().get(0);
        assertEquals(TokenRules.BUDGET_WARNING, ninety.rule());
        assertEquals(Severity.WARNING, ninety.severity());
        assertEquals(20, ninety.line());
        assertTrue(ninety.message().contains("120 tokens (o200k_base), 92% of its 130-token budget"), ninety.message());
        assertTrue(ninety.message().endsWith("90% of the budget is reached at line 20"), ninety.message());
        // 120 of 160 = 75%: the 70% target is 112 tokens, first reached at L = 19 (114).
        Finding seventy = check(repo, "tokens: {files: {CLAUDE.md: 160}}", Vocabularies.shared()).findings().get(0);
        assertEquals(19, seventy.line());
        assertTrue(seventy.message().contains("75% of its 160-token budget"), seventy.message());
        // 120 of 172 = 69%: nothing.
        assertTrue(check(repo, "tokens: {files: {CLAUDE.md: 172}}", Vocabularies.shared()).findings().isEmpty());
        // Thresholds are configurable: 50% of 172 is 86, first reached at L = 15 (90).
        Finding half = check(repo, "tokens: {thresholds: [50], files: {CLAUDE.md: 172}}", Vocabularies.shared())
                .findings().get(0);
        assertEquals(15, half.line());
    }

    @Test
    void exactlyTheBudgetIsAnError() throws Exception {
        Repo repo = new Repo(dir).file("AGENTS.md", Repo.words(20));
        Finding finding = check(repo, "tokens: {files: {AGENTS.md: 120}}", Vocabularies.shared()).findings().get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(20, finding.line());
        assertTrue(finding.message().contains("100% of its 120-token budget"), finding.message());
    }

    @Test
    void skillBudgetsCountTheBodyAndReportFileLines() throws Exception {
        // Frontmatter on lines 1-4, body from line 5: 10 lines = 60 tokens. 6L >= 50 first at L = 9: file line 13.
        Repo repo = new Repo(dir).file("skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs.\n---\n"
                + Repo.words(10));
        Finding configured = check(repo, "tokens: {files: {'**/SKILL.md': 50}}", Vocabularies.shared())
                .findings().get(0);
        assertEquals(TokenRules.BUDGET, configured.rule());
        assertEquals(13, configured.line());
        assertTrue(configured.message().startsWith("the body of skills/pdf/SKILL.md is 60 tokens"), configured.message());
        // Without a configured budget the specification's guidance applies, as a warning.
        Finding guidance = check(repo, "tokens: {skill-body: 50}", Vocabularies.shared()).findings().get(0);
        assertEquals(TokenRules.SKILL_BODY, guidance.rule());
        assertEquals(Severity.WARNING, guidance.severity());
        assertEquals(13, guidance.line());
        assertTrue(guidance.message().contains("60 tokens (o200k_base), 120% of the 50 tokens the Agent Skills "
                + "specification recommends"), guidance.message());
    }

    @Test
    void longSkillMetadataIsAWarningAtTheNameLine() throws Exception {
        // The line "big: word word ... word" (30 words) is 32 tokens: "big", ":", 30 words (tiktoken agrees).
        Repo repo = new Repo(dir).file("skills/big/SKILL.md", "---\n\nname: big\ndescription: "
                + "word ".repeat(30).trim() + " \n---\nBody.\n");
        Finding finding = check(repo, "tokens: {skill-metadata: 30}", Vocabularies.shared()).findings().get(0);
        assertEquals(TokenRules.SKILL_METADATA, finding.rule());
        assertEquals(3, finding.line());
        assertTrue(finding.message().contains("is 32 tokens (o200k_base), 106% of the 30 tokens"), finding.message());
    }

    @Test
    void alwaysLoadedContextPointsIntoTheFileWhereTheBudgetIsCrossed() throws Exception {
        // AGENTS.md 60 tokens, CLAUDE.md 120, skill line "pdf: Reads PDFs." 5 more: 185 against 100.
        // AGENTS.md alone stays below; 40 more are needed in CLAUDE.md: 6L >= 40 first at L = 7.
        Repo repo = new Repo(dir).file("AGENTS.md", Repo.words(10)).file("CLAUDE.md", Repo.words(20))
                .file("skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs.\n---\nBody.\n");
        Finding finding = check(repo, "tokens: {always-loaded: 100}", Vocabularies.shared()).findings().get(0);
        assertEquals(TokenRules.BUDGET, finding.rule());
        assertEquals("CLAUDE.md", finding.path());
        assertEquals(7, finding.line());
        assertEquals("the always-loaded context (2 instruction files and the name and description of 1 skill) "
                + "is 185 tokens (o200k_base), 185% of its 100-token budget (tokens.always-loaded); the budget is "
                + "crossed at line 7 in CLAUDE.md", finding.message());
    }

    @Test
    void localAndOverrideInstructionFilesAreAlwaysLoadedToo() throws Exception {
        // CLAUDE.local.md and AGENTS.override.md are loaded as CLAUDE.md and AGENTS.md are: 60 + 60 + 60 + 60 = 240.
        Repo repo = new Repo(dir).file("AGENTS.md", Repo.words(10)).file("AGENTS.override.md", Repo.words(10))
                .file("CLAUDE.md", Repo.words(10)).file("CLAUDE.local.md", Repo.words(10));
        Finding finding = check(repo, "tokens: {always-loaded: 200}", Vocabularies.shared()).findings().get(0);
        assertEquals(TokenRules.BUDGET, finding.rule());
        assertEquals("CLAUDE.md", finding.path());
        assertTrue(finding.message().startsWith("the always-loaded context (4 instruction files and the names and "
                + "descriptions of 0 skills) is 240 tokens"), finding.message());
    }

    /** Every type discovery finds as always-loaded instructions is counted; none other. */
    @Test
    void theAlwaysLoadedSetIsTheFileTypesMarkedSo() throws Exception {
        Repo repo = new Repo(dir).file("AGENTS.md", "a\n").file("sub/AGENTS.override.md", "a\n")
                .file("CLAUDE.md", "a\n").file("CLAUDE.local.md", "a\n").file(".claude/CLAUDE.md", "a\n")
                .file("GEMINI.md", "a\n").file(".github/copilot-instructions.md", "a\n")
                .file(".claude/agents/r.md", "---\nname: r\ndescription: d\n---\n").file("README.md", "a\n");
        dev.deploytrack.discovery.AgentFiles files = dev.deploytrack.discovery.AgentFileDiscovery.discover(
                dev.deploytrack.workspace.DirectoryWorkspace.scan(dir, java.util.List.of(), 10));
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (dev.deploytrack.discovery.FileType type : dev.deploytrack.discovery.FileType.values()) {
            if (type.alwaysLoaded()) {
                expected.addAll(files.ofType(type));
            }
        }
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(files.instructionFiles()));
        assertEquals(7, files.instructionFiles().size(), files.instructionFiles().toString());
    }

    @Test
    void modelsWithoutPublicTokenizerAreEstimatedWithTheirBand() throws Exception {
        // claude-sonnet-4-5: 120 x 1.20 = 144 tokens, band 120 x 1.10 = 132 to 120 x 1.35 = 162.
        // Against 140, the estimate of the text up to line L is 7.2L: 137 at L = 19, 144 at L = 20.
        Repo repo = new Repo(dir).file("AGENTS.md", Repo.words(20));
        Finding finding = check(repo, "tokens: {model: claude-sonnet-4-5, files: {AGENTS.md: 140}}",
                Vocabularies.shared()).findings().get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(20, finding.line());
        assertTrue(finding.message().contains("about 144 tokens (claude-sonnet-4-5 estimate from o200k_base x 1.20 "
                + "(1.10-1.35): likely 132-162), 102% of its 140-token budget"), finding.message());
    }

    @Test
    void gpt4CountsWithCl100kAndLoadsOnlyThatVocabulary() throws Exception {
        Repo repo = new Repo(dir).file("AGENTS.md", Repo.words(20));
        Vocabularies vocabularies = Vocabularies.isolated();
        Finding finding = check(repo, "tokens: {model: gpt-4, files: {AGENTS.md: 100}}", vocabularies)
                .findings().get(0);
        assertTrue(finding.message().contains("120 tokens (cl100k_base)"), finding.message());
        assertEquals(Set.of(EncodingType.CL100K_BASE), vocabularies.loaded());
    }

    @Test
    void aRunThatNeedsNoCountLoadsNoVocabulary() throws Exception {
        // No instruction files and no skills at all.
        Vocabularies vocabularies = Vocabularies.isolated();
        Report empty = check(new Repo(dir).file("README.md", Repo.words(2000)),
                "tokens: {always-loaded: 10, files: {AGENTS.md: 10}}", vocabularies);
        assertTrue(empty.findings().isEmpty());
        assertEquals(Set.of(), vocabularies.loaded());

        // Budgets switched off, with a file far over its budget.
        Repo big = new Repo(dir).file("AGENTS.md", Repo.words(2000));
        assertTrue(check(big, "tokens: {enabled: false, files: {AGENTS.md: 10}}", vocabularies).findings().isEmpty());
        assertEquals(Set.of(), vocabularies.loaded());

        // Texts whose UTF-8 size is below every target cannot reach it, so they are not counted (larger texts
        // within their budgets: aTypicalCommitWithinItsBudgetsLoadsNoVocabulary).
        Repo small = new Repo(dir.resolve("small")).file("AGENTS.md", "# Agents\n\nRun make test.\n")
                .file("skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs.\n---\nBody.\n");
        assertTrue(check(small, "tokens: {always-loaded: 1000, files: {AGENTS.md: 500}}", vocabularies)
                .findings().isEmpty());
        assertEquals(Set.of(), vocabularies.loaded());

        // The same vocabulary instance loads o200k_base, and only it, once a count is needed.
        check(big, "tokens: {files: {AGENTS.md: 10}}", vocabularies);
        assertEquals(Set.of(EncodingType.O200K_BASE), vocabularies.loaded());
    }

    @Test
    void aTypicalCommitWithinItsBudgetsLoadsNoVocabulary() throws Exception {
        // A skill of about 2,600 tokens (Markdown, tables, Java and Python) with a 260-character description, and
        // an AGENTS.md of 1,920 tokens against a 4,000-token budget: all within their budgets. Their sizes would
        // reach the targets (10 KB against the 5,000-token guidance, 260 bytes against 100, 8 KB against 2,800 for
        // 70% of 4,000), so the size alone would have loaded o200k_base; the vocabulary-free bound does not.
        String body = "# Release notes\n\n" + RandomTexts.corpusFile("agents-large.md")
                + RandomTexts.corpusFile("markdown-table.md") + "\n```java\n" + RandomTexts.corpusFile("code-java.java")
                + "```\n\n```python\n" + RandomTexts.corpusFile("code-python.py") + "```\n\n"
                + RandomTexts.corpusFile("prose-en.txt");
        String description = "Writes release notes from the pull requests merged since the last tag, grouped by "
                + "area, with breaking changes first and links to the issues they close. Use when a release is "
                + "tagged, when someone asks what changed, or before publishing a changelog entry for users.";
        Repo repo = new Repo(dir).file("AGENTS.md", RandomTexts.corpusFile("agents-large.md"))
                .file(".claude/skills/release-notes/SKILL.md", "---\nname: release-notes\ndescription: " + description
                        + "\n---\n" + body);
        assertTrue(body.length() > 10_000 && description.length() > 250);

        Vocabularies vocabularies = Vocabularies.isolated();
        Report report = check(repo, "tokens: {files: {AGENTS.md: 4000}}", vocabularies);
        assertTrue(report.findings().isEmpty(), report.findings().toString());
        assertEquals(Set.of(), vocabularies.loaded());
        // Estimated for Claude (x 1.20) the texts are still within their budgets, and the bound scales alike.
        report = check(repo, "tokens: {model: claude-sonnet-4-5, files: {AGENTS.md: 4000}}", vocabularies);
        assertTrue(report.findings().isEmpty(), report.findings().toString());
        assertEquals(Set.of(), vocabularies.loaded());

        // Over its budget, the same commit is counted exactly: 1,920 tokens (tiktoken's count of agents-large.md).
        Finding over = check(repo, "tokens: {files: {AGENTS.md: 1900}}", vocabularies).findings().get(0);
        assertEquals(TokenRules.BUDGET, over.rule());
        assertTrue(over.message().startsWith("AGENTS.md is 1,920 tokens (o200k_base), 101% of its 1,900-token "
                + "budget"), over.message());
        assertEquals(Set.of(EncodingType.O200K_BASE), vocabularies.loaded());
    }

    @Test
    void aSkillOverTheGuidanceIsCountedExactly() throws Exception {
        // 1,000 lines of 6 tokens: 6,000 tokens against the specification's 5,000; 6L >= 5,000 first at L = 834,
        // file line 838 after four lines of frontmatter.
        Vocabularies vocabularies = Vocabularies.isolated();
        Repo repo = new Repo(dir).file("skills/long/SKILL.md", "---\nname: long\ndescription: Long.\n---\n"
                + Repo.words(1000));
        Finding finding = check(repo, "tokens: {}", vocabularies).findings().get(0);
        assertEquals(TokenRules.SKILL_BODY, finding.rule());
        assertEquals(838, finding.line());
        assertTrue(finding.message().contains("is 6,000 tokens (o200k_base), 120% of the 5,000 tokens"),
                finding.message());
        assertEquals(Set.of(EncodingType.O200K_BASE), vocabularies.loaded());
    }

    @Test
    void specialTokenTextCountsAsOrdinaryText() throws Exception {
        // Ten "<|endoftext|>" in a row are 61 ordinary tokens in o200k_base (tiktoken's encode_ordinary agrees).
        Repo repo = new Repo(dir).file("AGENTS.md", "<|endoftext|>".repeat(10));
        Finding finding = check(repo, "tokens: {files: {AGENTS.md: 20}}", Vocabularies.shared()).findings().get(0);
        assertTrue(finding.message().contains("is 61 tokens"), finding.message());
    }
}
