package dev.deploytrack.tokens;

/**
 * The token count of one text.
 *
 * @param tokens  the count: exact, or the estimate for a model without a public tokenizer
 * @param low     the lower end of the estimate's error band (equal to {@code tokens} when exact)
 * @param high    the upper end of the error band (equal to {@code tokens} when exact)
 * @param encoded the count of the encoding that was run
 * @param method  how the text was counted
 */
public record TokenCount(int tokens, int low, int high, int encoded, Tokenization method) {

    public boolean exact() {
        return method.exact();
    }
}
