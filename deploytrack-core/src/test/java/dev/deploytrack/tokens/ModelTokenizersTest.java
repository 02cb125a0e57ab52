package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.api.EncodingType;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelTokenizersTest {

    @ParameterizedTest
    @CsvSource({
            "gpt-5, o200k_base", "gpt-5.6, o200k_base", "gpt-5-mini, o200k_base", "gpt-4.1, o200k_base",
            "gpt-4.1-nano, o200k_base", "gpt-4o, o200k_base", "gpt-4o-mini, o200k_base", "o1, o200k_base",
            "o3, o200k_base", "o4-mini, o200k_base", "openai/gpt-5, o200k_base", "GPT-5, o200k_base",
            "gpt-4, cl100k_base", "gpt-4-turbo, cl100k_base", "gpt-4-0613, cl100k_base", "gpt-3.5-turbo, cl100k_base",
            "text-embedding-3-small, cl100k_base", "text-davinci-003, p50k_base", "davinci, r50k_base"})
    void openAiModelsAreCountedExactly(String model, String encoding) {
        Tokenization tokenization = ModelTokenizers.forModel(model, EstimateFactors.defaults());
        assertEquals(encoding, tokenization.encodingName());
        assertTrue(tokenization.exact(), model);
        assertNull(ModelTokenizers.family(model));
    }

    @ParameterizedTest
    @CsvSource({
            "claude-sonnet-4-5, claude", "claude-sonnet-4-5-20250929, claude", "claude-haiku-4-5, claude",
            "claude-opus-4-1, claude", "claude-opus-4-20250514, claude", "claude-3-5-sonnet-20241022, claude",
            "claude-sonnet-4-6, claude", "claude-opus-4-7, claude-4.7", "claude-opus-4-8, claude-4.7",
            "claude-opus-5, claude-4.7", "claude-sonnet-5, claude-4.7", "claude-fable-5, claude-4.7",
            "anthropic/claude-haiku-4-5, claude", "gemini-2.5-pro, gemini", "gemini-3-flash-preview, gemini",
            "groq/llama-3.3-70b, other", "mistral-large, other", "o10-unknown, other"})
    void otherModelsAreEstimatesFromO200k(String model, String family) {
        Tokenization tokenization = ModelTokenizers.forModel(model, EstimateFactors.defaults());
        assertEquals(EncodingType.O200K_BASE, tokenization.encoding());
        assertFalse(tokenization.exact());
        assertEquals(family, tokenization.estimate().family());
        assertEquals(family, ModelTokenizers.family(model));
    }

    @Test
    void estimateAndBandAreRoundedOutwards() {
        // 1,000 o200k tokens x 1.20 = 1,200; the band 1.10-1.35 gives 1,100-1,350.
        EstimateFactor claude = EstimateFactors.defaults().get("claude");
        assertEquals(1200, claude.estimate(1000));
        assertEquals(1100, claude.lowEstimate(1000));
        assertEquals(1350, claude.highEstimate(1000));
        // 7 x 1.20 = 8.4 -> 8; 7 x 1.10 = 7.7 -> 7 (down); 7 x 1.35 = 9.45 -> 10 (up).
        assertEquals(8, claude.estimate(7));
        assertEquals(7, claude.lowEstimate(7));
        assertEquals(10, claude.highEstimate(7));
    }

    @Test
    void factorsCanBeReplacedPerFamily() {
        EstimateFactors custom = EstimateFactors.defaults().with(Map.of("gemini",
                new EstimateFactor("gemini", new BigDecimal("1.5"), new BigDecimal("1.4"), new BigDecimal("1.6"))));
        assertEquals(150, ModelTokenizers.forModel("gemini-2.5-pro", custom).estimate().estimate(100));
        assertEquals(120, ModelTokenizers.forModel("claude-haiku-4-5", custom).estimate().estimate(100));
        assertThrows(IllegalArgumentException.class, () -> new EstimateFactor("x", BigDecimal.ONE,
                new BigDecimal("1.1"), new BigDecimal("1.2")));
    }
}
