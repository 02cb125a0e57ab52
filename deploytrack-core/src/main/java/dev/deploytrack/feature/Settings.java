package dev.deploytrack.feature;

/** The settings of one run, by section: what a feature's checks are built from. */
public interface Settings {

    /** The value of {@code section}: as configured, or its defaults. */
    <T> T get(Section<T> section);
}
