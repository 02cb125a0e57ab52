package dev.deploytrack.bench;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.tokens.TokenUpperBound;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first validate of a fresh JVM (single shot, one per fork): a repository whose run needs no token count
 * against the same repository with a budget that needs one, and loading o200k_base alone (from deploytrack's compact
 * copy, and from jtokkit's own file). The difference is what a vocabulary costs, and the run without a count checks
 * that it loaded none (it throws otherwise). A typical repository whose texts are larger than their budgets in bytes
 * but within them in tokens shows what the vocabulary-free bounds cost instead (against the same repository with
 * budgets off), and the bounds' first loads are timed alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(15)
public class ColdStartBenchmark {

    private Path repository;
    private Path typical;
    private DeploytrackConfig noCount;
    private DeploytrackConfig withCount;
    private DeploytrackConfig defaults;
    private DeploytrackConfig budgetsOff;

    @Setup
    public void setUp() throws Exception {
        repository = Files.createTempDirectory("deploytrack-bench");
        Files.writeString(repository.resolve("AGENTS.md"), "# Agents\n\nRun make test.\n");
        Path skill = Files.createDirectories(repository.resolve("skills/pdf"));
        Files.writeString(skill.resolve("SKILL.md"), "---\nname: pdf\ndescription: Reads PDFs. Use for PDFs.\n---\n"
                + "Extract text with scripts/extract.py.\n");
        // Small texts cannot reach these budgets: no count is needed. A 1-token budget needs a count.
        noCount = ConfigLoader.parse("tokens: {always-loaded: 2000, files: {AGENTS.md: 1000}}", "deploytrack.yml");
        withCount = ConfigLoader.parse("tokens: {always-loaded: 1, files: {AGENTS.md: 1}}", "deploytrack.yml");
        // A skill body of 2,600 tokens in 10 KB against the 5,000-token guidance, a 260-character description
        // against the 100-token guidance, and AGENTS.md of 1,920 tokens in 8 KB against 70% of 4,000.
        typical = Files.createTempDirectory("deploytrack-bench-typical");
        Files.writeString(typical.resolve("AGENTS.md"), CorpusText.file("agents-large.md"));
        Path release = Files.createDirectories(typical.resolve(".claude/skills/release-notes"));
        Files.writeString(release.resolve("SKILL.md"), "---\nname: release-notes\ndescription: Writes release notes "
                + "from the pull requests merged since the last tag, grouped by area, with breaking changes first and "
                + "links to the issues they close. Use when a release is tagged, when someone asks what changed, or "
                + "before publishing a changelog entry for users.\n---\n# Release notes\n\n"
                + CorpusText.file("agents-large.md") + CorpusText.file("markdown-table.md") + "\n```java\n"
                + CorpusText.file("code-java.java") + "```\n\n```python\n" + CorpusText.file("code-python.py")
                + "```\n\n" + CorpusText.file("prose-en.txt"));
        defaults = ConfigLoader.parse("tokens: {files: {AGENTS.md: 4000}}", "deploytrack.yml");
        budgetsOff = ConfigLoader.parse("tokens: {enabled: false}", "deploytrack.yml");
    }

    @Benchmark
    public Report validateNeedingNoCount() throws IOException {
        Report report = new Validator(noCount).validate(repository);
        if (!Vocabularies.shared().loaded().isEmpty()) {
            throw new IllegalStateException("a run that needs no count loaded " + Vocabularies.shared().loaded());
        }
        return report;
    }

    @Benchmark
    public Report validateNeedingACount() throws IOException {
        Report report = new Validator(withCount).validate(repository);
        if (!Vocabularies.shared().loaded().equals(Set.of(EncodingType.O200K_BASE))) {
            throw new IllegalStateException("expected o200k_base to be loaded, got " + Vocabularies.shared().loaded());
        }
        return report;
    }

    @Benchmark
    public Report validateTypicalWithinBudgets() throws IOException {
        Report report = new Validator(defaults).validate(typical);
        if (!Vocabularies.shared().loaded().isEmpty()) {
            throw new IllegalStateException("a run within its budgets loaded " + Vocabularies.shared().loaded());
        }
        return report;
    }

    /** The peer of {@link #validateTypicalWithinBudgets}: the same repository and checks, budgets off. */
    @Benchmark
    public Report validateTypicalBudgetsOff() throws IOException {
        return new Validator(budgetsOff).validate(typical);
    }

    @Benchmark
    public Object loadQuickBoundO200k() {
        return TokenUpperBound.forEncoding(EncodingType.O200K_BASE, TokenUpperBound.Precision.QUICK);
    }

    @Benchmark
    public Object loadCloseBoundO200k() {
        return TokenUpperBound.forEncoding(EncodingType.O200K_BASE, TokenUpperBound.Precision.CLOSE);
    }

    /** The peer of {@link #loadO200kOnly}: jtokkit's own loading of o200k_base from its text file. */
    @Benchmark
    public Object loadO200kJtokkit() {
        return Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    }

    @Benchmark
    public Object loadO200kOnly() {
        return Vocabularies.isolated().encoding(EncodingType.O200K_BASE);
    }
}
