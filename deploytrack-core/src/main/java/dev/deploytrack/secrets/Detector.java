package dev.deploytrack.secrets;

import java.util.List;

/**
 * Finds one or more kinds of secret where its keywords occur. The scanner runs a detector only at the offsets where
 * the keyword automaton saw one of its keywords, so a detector never scans a whole file on its own.
 */
abstract class Detector {

    /** Position in the scanner's detector list, for per-text bookkeeping ({@link TextScan#covered}). */
    int index = -1;

    /** Lower-case ASCII strings at least one of which occurs in or next to every secret this detector finds. */
    abstract List<String> keywords();

    /** The rules this detector reports (for the catalogue and documentation). */
    abstract List<SecretRule> rules();

    /**
     * Looks for a secret around a keyword occurrence and adds candidates to {@code scan}.
     *
     * @param start         offset of the keyword's first character
     * @param keywordLength length of the keyword that occurred
     */
    abstract void detect(TextScan scan, int start, int keywordLength);
}
