package dev.deploytrack.feature;

import dev.deploytrack.yaml.YamlMappingReader;
import java.util.Objects;

/**
 * One top-level section of {@code deploytrack.yml} (e.g. {@code skills:}), owned by the feature that reads it: its
 * key, its value when the file does not have it, and how its mapping is bound. The configuration holds one value per
 * section and hands it back by this key, typed, so that a feature's settings never need a field or a getter in the
 * configuration class.
 *
 * @param <T> the settings type, immutable
 */
public final class Section<T> {

    /** Binds a section's mapping; mistakes are reported on the reader and the defaults used in their place. */
    @FunctionalInterface
    public interface Binder<T> {
        T bind(YamlMappingReader mapping);
    }

    private final String key;
    private final T defaults;
    private final Binder<T> binder;

    private Section(String key, T defaults, Binder<T> binder) {
        this.key = Objects.requireNonNull(key, "key");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.binder = Objects.requireNonNull(binder, "binder");
    }

    public static <T> Section<T> of(String key, T defaults, Binder<T> binder) {
        return new Section<>(key, defaults, binder);
    }

    /** The key in deploytrack.yml. */
    public String key() {
        return key;
    }

    public T defaults() {
        return defaults;
    }

    public T bind(YamlMappingReader mapping) {
        return binder.bind(mapping);
    }

    @Override
    public String toString() {
        return key;
    }
}
