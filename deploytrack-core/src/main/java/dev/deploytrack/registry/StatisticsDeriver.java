package dev.deploytrack.registry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives {@link Statistics} from a registry's projects and history on every write, so the stored figures always
 * agree with the data whatever a hand edit did to them; the stored figures are never read. The history is
 * append-only, so the counts over the entries already tallied are kept with the registry in memory and only new
 * entries are added on the next write (a registry read from a file is tallied in full once).
 */
public final class StatisticsDeriver {

    private StatisticsDeriver() {
    }

    /** Deployment counts over the first {@link #count} history entries. */
    static final class Tally {

        private int count;
        private int deployments;
        private final Map<String, Integer> byAgent = new HashMap<>();
        private final Map<String, Integer> byEnvironment = new TreeMap<>();

        private void add(HistoryEntry entry) {
            if (!entry.isDeployment()) {
                return;
            }
            deployments++;
            if (entry.agent() != null) {
                byAgent.merge(entry.agent(), 1, Integer::sum);
            }
            if (entry.environment() != null) {
                byEnvironment.merge(entry.environment(), 1, Integer::sum);
            }
        }
    }

    public static Statistics derive(Registry registry) {
        List<HistoryEntry> history = registry.history();
        Tally tally = registry.tally();
        if (tally == null || tally.count > history.size()) {
            tally = new Tally();
        }
        for (int i = tally.count; i < history.size(); i++) {
            tally.add(history.get(i));
        }
        tally.count = history.size();
        registry.tally(tally);

        Set<String> agentsRunning = new HashSet<>();
        for (ProjectEntry project : registry.projects()) {
            for (AgentDeployment agent : project.agents()) {
                if (agent.id() != null) {
                    agentsRunning.add(agent.id());
                }
            }
        }
        String mostDeployed = null;
        int most = 0;
        for (Map.Entry<String, Integer> entry : tally.byAgent.entrySet()) {
            if (entry.getValue() > most || (entry.getValue() == most && entry.getKey().compareTo(mostDeployed) < 0)) {
                mostDeployed = entry.getKey();
                most = entry.getValue();
            }
        }
        return new Statistics(registry.projects().size(), tally.deployments, agentsRunning.size(), mostDeployed,
                registry.schemaVersion() == SchemaVersion.V1 ? Map.of() : tally.byEnvironment);
    }
}
