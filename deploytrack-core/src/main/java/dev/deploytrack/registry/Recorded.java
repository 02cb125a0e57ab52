package dev.deploytrack.registry;

import java.util.List;

/**
 * What {@code record-deployment} or {@code rollback} did.
 *
 * @param project     the project's name
 * @param environment the environment
 * @param entries     the history entries added (empty when the idempotency key was already recorded)
 * @param duplicateOf the earlier entry with the same idempotency key, when nothing was recorded; else {@code null}
 */
public record Recorded(String project, String environment, List<HistoryEntry> entries, HistoryEntry duplicateOf) {

    public Recorded {
        entries = List.copyOf(entries);
    }

    public boolean duplicate() {
        return duplicateOf != null;
    }
}
