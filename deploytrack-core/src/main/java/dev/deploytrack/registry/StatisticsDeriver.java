package dev.deploytrack.registry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives {@link Statistics} from a registry's projects and history. Runs on every write, so the stored figures
 * always agree with the data, whatever a hand edit did to them. One pass over the history.
 */
public final class StatisticsDeriver {

    private StatisticsDeriver() {
    }

    public static Statistics derive(Registry registry) {
        Map<String, Integer> deploymentsByAgent = new HashMap<>();
        Map<String, Integer> byEnvironment = new TreeMap<>();
        int deployments = 0;
        for (HistoryEntry entry : registry.history()) {
            if (!entry.isDeployment()) {
                continue;
            }
            deployments++;
            if (entry.agent() != null) {
                deploymentsByAgent.merge(entry.agent(), 1, Integer::sum);
            }
            if (entry.environment() != null) {
                byEnvironment.merge(entry.environment(), 1, Integer::sum);
            }
        }
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
        for (Map.Entry<String, Integer> entry : deploymentsByAgent.entrySet()) {
            if (entry.getValue() > most || (entry.getValue() == most && entry.getKey().compareTo(mostDeployed) < 0)) {
                mostDeployed = entry.getKey();
                most = entry.getValue();
            }
        }
        return new Statistics(registry.projects().size(), deployments, agentsRunning.size(), mostDeployed,
                registry.schemaVersion() == SchemaVersion.V1 ? Map.of() : byEnvironment);
    }
}
