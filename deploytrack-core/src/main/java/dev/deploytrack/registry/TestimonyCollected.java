package dev.deploytrack.registry;

/**
 * What {@code testimony} did.
 *
 * @param project   the project
 * @param copy      where the registry keeps the report, relative to the registry's root, with {@code /} separators
 *                  (a file in the checkout, or the key of its row in the database)
 * @param sha256    the SHA-256 of the report's content, in hex
 * @param agents    how many of the project's agent entries are now marked collected
 * @param at        the new {@code last_sync}
 * @param duplicate whether this very report was already the project's latest testimony for these agents, so
 *                  nothing was filed again
 */
public record TestimonyCollected(String project, String copy, String sha256, int agents, String at,
                                 boolean duplicate) {
}
