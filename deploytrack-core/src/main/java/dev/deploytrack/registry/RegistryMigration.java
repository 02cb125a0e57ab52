package dev.deploytrack.registry;

import java.util.HashMap;
import java.util.Map;

/**
 * Brings a 1.0.0 registry to 2.0.0 in memory. 1.0.0 did not record environments, so every existing deployment is
 * given one environment, {@code registry.legacy-environment} (by default the production environment: a 1.0.0
 * registry recorded what ran in the projects). {@code updated_at} is filled from the last {@code updated} entry of
 * the history. Actors, commits and keys stay unknown: the history does not pretend to know them. The store keeps the
 * 1.0.0 file as a backup before the migrated one replaces it.
 */
public final class RegistryMigration {

    private RegistryMigration() {
    }

    /** Migrates {@code registry} in place if it is older than the current version; returns whether it did. */
    public static boolean migrate(Registry registry, String legacyEnvironment) {
        if (registry.schemaVersion() != SchemaVersion.V1) {
            return false;
        }
        Map<String, String> lastUpdate = new HashMap<>();
        for (HistoryEntry entry : registry.history()) {
            entry.environment(legacyEnvironment);
            if (HistoryEntry.UPDATED.equals(entry.action()) && entry.project() != null && entry.agent() != null
                    && entry.timestamp() != null) {
                lastUpdate.merge(entry.project() + '\n' + entry.agent(), entry.timestamp(),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        for (ProjectEntry project : registry.projects()) {
            project.migrate(legacyEnvironment, (name, agent) -> lastUpdate.get(name + '\n' + agent));
        }
        registry.registryVersion(SchemaVersion.V2);
        return true;
    }
}
