package dev.deploytrack.registry;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code registry import}: what a registry file adds to a registry, so that importing it twice changes nothing.
 * History entries and approvals are appended, in the file's order, unless the registry already holds the same
 * entry (the same line of JSON: every field, a team's own included; an entry the file has twice is added until
 * the registry has it twice). A project is taken from the file when the registry has none of that name: a project
 * the registry knows already keeps its state, which its own history has brought further. Fields a team added at the
 * top level or in the statistics are taken when the registry has none of that name. The statistics are then derived
 * anew by the store.
 */
public final class RegistryImport {

    private RegistryImport() {
    }

    /**
     * What one import did.
     *
     * @param projects  projects taken from the file
     * @param history   history entries appended
     * @param approvals approvals appended
     */
    public record Imported(int projects, int history, int approvals) {

        public boolean changedAnything() {
            return projects + history + approvals > 0;
        }
    }

    /** Adds what {@code source} has and {@code target} lacks to {@code target}, which holds a whole registry. */
    static Imported merge(Registry target, Registry source) {
        int projects = 0;
        for (ProjectEntry project : source.projects()) {
            if (project.name() != null && target.project(project.name()).isEmpty()) {
                target.add(project);
                projects++;
            }
        }
        Map<String, Integer> known = new HashMap<>();
        for (HistoryEntry entry : target.history()) {
            known.merge(RegistryJson.line(entry), 1, Integer::sum);
        }
        int history = 0;
        for (HistoryEntry entry : source.history()) {
            if (!takeKnown(known, RegistryJson.line(entry))) {
                target.append(entry);
                history++;
            }
        }
        known.clear();
        for (Approval approval : target.approvals()) {
            known.merge(RegistryJson.line(approval), 1, Integer::sum);
        }
        int approvals = 0;
        for (Approval approval : source.approvals()) {
            if (!takeKnown(known, RegistryJson.line(approval))) {
                target.add(approval);
                approvals++;
            }
        }
        source.extra().forEach((name, value) -> {
            if (!target.extra().containsKey(name) && !name.equals(RegistryWriter.CHECKSUM_FIELD)) {
                target.put(name, value);
            }
        });
        source.statistics().extra().forEach((name, value) -> {
            if (!target.statistics().extra().containsKey(name)) {
                target.statistics().put(name, value);
            }
        });
        return new Imported(projects, history, approvals);
    }

    private static boolean takeKnown(Map<String, Integer> known, String line) {
        Integer count = known.get(line);
        if (count == null || count == 0) {
            return false;
        }
        known.put(line, count - 1);
        return true;
    }
}
