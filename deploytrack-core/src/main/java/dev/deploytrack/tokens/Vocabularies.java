package dev.deploytrack.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The token vocabularies of a process, loaded only when first used. A vocabulary costs 15-30 MB and hundreds of
 * milliseconds to load, so a run that counts nothing must load none: jtokkit's lazy registry builds an encoding on
 * its first request, and this class remembers which were built so tests and benchmarks can prove it. One shared
 * instance serves the whole process; encodings are immutable and thread-safe.
 */
public final class Vocabularies {

    private static final Vocabularies SHARED = new Vocabularies();

    private final ConcurrentMap<EncodingType, Encoding> loaded = new ConcurrentHashMap<>();
    private volatile EncodingRegistry registry;

    private Vocabularies() {
    }

    /** The process-wide instance. */
    public static Vocabularies shared() {
        return SHARED;
    }

    /** A separate instance with nothing loaded (tests and benchmarks that observe loading). */
    public static Vocabularies isolated() {
        return new Vocabularies();
    }

    /** The encoding, loading its vocabulary on first use. */
    public Encoding encoding(EncodingType type) {
        Encoding encoding = loaded.get(type);
        return encoding != null ? encoding : loaded.computeIfAbsent(type, this::load);
    }

    /** From deploytrack's compact copy of the vocabulary where there is one (faster), else jtokkit's own file. */
    private Encoding load(EncodingType type) {
        if (CompactVocabulary.covers(type)) {
            return CompactVocabulary.register(type, registry());
        }
        return registry().getEncoding(type);
    }

    /** The encodings whose vocabularies this instance has loaded so far. */
    public Set<EncodingType> loaded() {
        return loaded.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(loaded.keySet()));
    }

    private EncodingRegistry registry() {
        EncodingRegistry current = registry;
        if (current == null) {
            synchronized (this) {
                current = registry;
                if (current == null) {
                    current = Encodings.newLazyEncodingRegistry();
                    registry = current;
                }
            }
        }
        return current;
    }
}
