package dev.deploytrack.config;

/**
 * Something deploytrack.yml says in a way that still works but is on its way out (a retired rule id), at the place a
 * person can jump to. A run reports it as a warning finding ({@link ConfigRules}); the file is not refused.
 */
public record Deprecation(String file, int line, int column, String message) {
}
