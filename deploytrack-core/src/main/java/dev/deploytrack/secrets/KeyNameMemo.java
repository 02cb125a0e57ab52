package dev.deploytrack.secrets;

/**
 * One thread's memory of {@link KeyNames#classify} for names read in place in a text. A tree repeats a few hundred
 * names in millions of places ({@code token}, {@code max_tokens}, {@code apiKey}); looking one up here compares its
 * characters with the remembered name and allocates nothing, where {@link KeyNames#classify} needs the name as a
 * string (a copy per occurrence) and a shared map. Direct-mapped: a name that collides replaces the one before.
 * Not thread-safe: one per scanning thread.
 */
final class KeyNameMemo {

    private static final int SLOTS = 8192;
    private static final KeyNames.Kind[] KINDS = KeyNames.Kind.values();
    /** Verdict stored for a name that is not secret-named. */
    private static final byte NOT_SECRET = -1;

    private final String[] names = new String[SLOTS];
    private final byte[] verdicts = new byte[SLOTS];

    /** How the name in {@code scan[start, end)} classifies, or {@code null}: {@link KeyNames#classify}'s answer. */
    KeyNames.Kind classify(TextScan scan, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + scan.charAt(i);
        }
        int slot = (hash ^ (hash >>> 11)) & (SLOTS - 1);
        String known = names[slot];
        if (known == null || !sameName(known, scan, start, end)) {
            known = scan.substring(start, end);
            KeyNames.Kind kind = KeyNames.classify(known);
            names[slot] = known;
            verdicts[slot] = kind == null ? NOT_SECRET : (byte) kind.ordinal();
        }
        byte verdict = verdicts[slot];
        return verdict == NOT_SECRET ? null : KINDS[verdict];
    }

    private static boolean sameName(String known, TextScan scan, int start, int end) {
        if (known.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (known.charAt(i - start) != scan.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
