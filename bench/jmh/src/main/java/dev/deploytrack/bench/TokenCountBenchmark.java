package dev.deploytrack.bench;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.tokens.FileTokenCount;
import dev.deploytrack.tokens.ModelTokenizers;
import dev.deploytrack.tokens.TokenCounter;
import dev.deploytrack.tokens.Tokenization;
import dev.deploytrack.tokens.EstimateFactors;
import dev.deploytrack.tokens.Vocabularies;
import java.nio.charset.StandardCharsets;
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
 * What counting through deploytrack costs over raw jtokkit on the same text: the counter (lazy encoding lookup,
 * ordinary counting, the count record) and the file path (UTF-8 decoding with replacement and the byte-order mark
 * rule) against jtokkit's countTokensOrdinary on a String built the plain way. The goal: at most 10% over raw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class TokenCountBenchmark {

    private byte[] bytes;
    private String text;
    private Encoding raw;
    private TokenCounter counter;
    private TokenCounter estimate;

    @Setup
    public void setUp() {
        bytes = CorpusText.bytes();
        text = new String(bytes, StandardCharsets.UTF_8);
        raw = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
        counter = new TokenCounter(Tokenization.exact(EncodingType.O200K_BASE), Vocabularies.shared());
        estimate = new TokenCounter(ModelTokenizers.forModel("claude-sonnet-4-5", EstimateFactors.defaults()),
                Vocabularies.shared());
        if (counter.count(text).tokens() != raw.countTokensOrdinary(text)) {
            throw new IllegalStateException("deploytrack and jtokkit disagree");
        }
    }

    @Benchmark
    public int rawJtokkitText() {
        return raw.countTokensOrdinary(text);
    }

    @Benchmark
    public int deploytrackText() {
        return counter.count(text).tokens();
    }

    @Benchmark
    public int deploytrackEstimateText() {
        return estimate.count(text).tokens();
    }

    @Benchmark
    public int rawJtokkitFileBytes() {
        return raw.countTokensOrdinary(new String(bytes, StandardCharsets.UTF_8));
    }

    @Benchmark
    public int deploytrackFileBytes() {
        return FileTokenCount.of("corpus", bytes, counter).count().tokens();
    }
}
