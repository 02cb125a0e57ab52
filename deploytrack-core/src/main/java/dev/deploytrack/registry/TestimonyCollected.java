package dev.deploytrack.registry;

/**
 * What {@code testimony} did.
 *
 * @param project the project
 * @param copy    where the testimony was copied, relative to the registry's root, with {@code /} separators
 * @param agents  how many of the project's agent entries are now marked collected
 * @param at      the new {@code last_sync}
 */
public record TestimonyCollected(String project, String copy, int agents, String at) {
}
