package dev.deploytrack.bench;

import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
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
 * against the same repository with a budget that needs one, and loading o200k_base alone. The difference is what
 * a vocabulary costs, and the run without a count checks that it loaded none (it throws otherwise).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(15)
public class ColdStartBenchmark {

    private Path repository;
    private DeploytrackConfig noCount;
    private DeploytrackConfig withCount;

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
    public Object loadO200kOnly() {
        return Vocabularies.isolated().encoding(EncodingType.O200K_BASE);
    }
}
