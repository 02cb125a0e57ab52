package dev.deploytrack.tokens;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.Objects;

/**
 * How texts are counted for one model or encoding: exactly with a public encoding, or, for a model whose tokenizer
 * is not public, as an estimate from the {@code o200k_base} count.
 *
 * @param model    the model the count is for, or {@code null} when an encoding was chosen directly
 * @param encoding the encoding that is run
 * @param estimate how the encoded count is scaled, or {@code null} for an exact count
 */
public record Tokenization(String model, EncodingType encoding, EstimateFactor estimate) {

    public Tokenization {
        Objects.requireNonNull(encoding, "encoding");
    }

    /** Counting with an encoding directly, e.g. {@code o200k_base}: exact. */
    public static Tokenization exact(EncodingType encoding) {
        return new Tokenization(null, encoding, null);
    }

    public boolean exact() {
        return estimate == null;
    }

    /** The encoding's name, e.g. {@code o200k_base}. */
    public String encodingName() {
        return encoding.getName();
    }

    /** How reports name the method: {@code o200k_base}, or {@code claude-sonnet-4-5 (estimate: o200k_base x 1.20 ...)}. */
    public String describe() {
        if (exact()) {
            return model == null ? encodingName() : model + " (" + encodingName() + ")";
        }
        return model + " (estimate: " + estimate.describe() + ")";
    }
}
