package dev.deploytrack.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives {@link Statistics} from a registry's projects and history on every write, so the stored figures always
 * agree with the data whatever a hand edit did to them. A write that read the whole file counts everything here; a
 * write that trusted a file deploytrack wrote (its checksum matches) starts from the counts stored in it, which were
 * derived the same way, and adds what it changed ({@link #advance}).
 */
public final class StatisticsDeriver {

    private StatisticsDeriver() {
    }

    /** Counts everything in {@code registry}, which must hold the whole registry. */
    public static Statistics derive(Registry registry) {
        if (registry.isScoped()) {
            throw new IllegalStateException("statistics are derived from a whole registry, not from one project");
        }
        Counts counts = new Counts(0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        for (HistoryEntry entry : registry.history()) {
            counts.add(entry);
        }
        for (ProjectEntry project : registry.projects()) {
            counts.projectRuns(agentIds(project), Set.of());
        }
        counts.projects = registry.projects().size();
        return counts.statistics();
    }

    /**
     * The statistics after a change to one project: {@code stored} are the counts before it, {@code added} the
     * history entries it appended, and the project ran {@code before} (agent ids) and runs {@code after} now.
     */
    static Statistics advance(Statistics stored, boolean projectAdded, List<HistoryEntry> added,
                              Set<String> before, Set<String> after) {
        Counts counts = new Counts(stored.totalProjects() + (projectAdded ? 1 : 0), stored.totalDeployments(),
                new TreeMap<>(stored.deploymentsByEnvironment()), new TreeMap<>(stored.deploymentsByAgent()),
                new TreeMap<>(stored.projectsByAgent()));
        for (HistoryEntry entry : added) {
            counts.add(entry);
        }
        counts.projectRuns(after, before);
        Statistics statistics = counts.statistics();
        statistics.keepExtraFrom(stored);
        return statistics;
    }

    /** The distinct agent ids a project runs, in any environment. */
    static Set<String> agentIds(ProjectEntry project) {
        Set<String> ids = new HashSet<>();
        for (AgentDeployment agent : project.agents()) {
            if (agent.id() != null) {
                ids.add(agent.id());
            }
        }
        return ids;
    }

    private static final class Counts {

        private int projects;
        private int deployments;
        private final Map<String, Integer> byEnvironment;
        private final Map<String, Integer> byAgent;
        private final Map<String, Integer> projectsByAgent;

        Counts(int projects, int deployments, Map<String, Integer> byEnvironment, Map<String, Integer> byAgent,
               Map<String, Integer> projectsByAgent) {
            this.projects = projects;
            this.deployments = deployments;
            this.byEnvironment = byEnvironment;
            this.byAgent = byAgent;
            this.projectsByAgent = projectsByAgent;
        }

        void add(HistoryEntry entry) {
            if (!entry.isDeployment()) {
                return;
            }
            deployments++;
            if (entry.agent() != null) {
                count(byAgent, entry.agent(), 1);
            }
            if (entry.environment() != null) {
                count(byEnvironment, entry.environment(), 1);
            }
        }

        /** One project now runs {@code now} where it ran {@code before}. */
        void projectRuns(Set<String> now, Set<String> before) {
            for (String id : now) {
                if (!before.contains(id)) {
                    count(projectsByAgent, id, 1);
                }
            }
            for (String id : before) {
                if (!now.contains(id)) {
                    count(projectsByAgent, id, -1);
                }
            }
        }

        /** Adds {@code delta} to a count, dropping it at zero. (No {@code merge}: see {@link RegistryStore}.) */
        private static void count(Map<String, Integer> counts, String key, int delta) {
            Integer now = counts.get(key);
            int value = (now == null ? 0 : now) + delta;
            if (value > 0) {
                counts.put(key, value);
            } else {
                counts.remove(key);
            }
        }

        Statistics statistics() {
            String mostDeployed = null;
            int most = 0;
            for (Map.Entry<String, Integer> entry : byAgent.entrySet()) { // by name: the first wins a tie
                if (entry.getValue() > most) {
                    mostDeployed = entry.getKey();
                    most = entry.getValue();
                }
            }
            return new Statistics(projects, deployments, projectsByAgent.size(), mostDeployed, byEnvironment,
                    byAgent, projectsByAgent);
        }
    }
}
