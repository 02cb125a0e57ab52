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

    /** Names of the counts as a table keeps them ({@link #rows}): one row per name and key. */
    static final String TOTAL_PROJECTS = "total_projects";
    static final String TOTAL_DEPLOYMENTS = "total_deployments";
    static final String BY_ENVIRONMENT = "deployments_by_environment";
    static final String BY_AGENT = "deployments_by_agent";
    static final String PROJECTS_BY_AGENT = "projects_by_agent";

    /**
     * The statistics as rows of counts, name to key to count (totals under the key {@code ""}): what the PostgreSQL
     * backend stores, and, from {@link #change}, adds to on every write.
     */
    static Map<String, Map<String, Integer>> rows(Statistics statistics) {
        Map<String, Map<String, Integer>> rows = new TreeMap<>();
        rows.put(TOTAL_PROJECTS, new TreeMap<>(Map.of("", statistics.totalProjects())));
        rows.put(TOTAL_DEPLOYMENTS, new TreeMap<>(Map.of("", statistics.totalDeployments())));
        rows.put(BY_ENVIRONMENT, new TreeMap<>(statistics.deploymentsByEnvironment()));
        rows.put(BY_AGENT, new TreeMap<>(statistics.deploymentsByAgent()));
        rows.put(PROJECTS_BY_AGENT, new TreeMap<>(statistics.projectsByAgent()));
        return rows;
    }

    /**
     * What a change to one project adds to each count (negative where it takes away), counted as {@link #advance}
     * counts: the rows a database adds to, so that writers to different projects never overwrite each other's.
     */
    static Map<String, Map<String, Integer>> change(boolean projectAdded, List<HistoryEntry> added,
                                                    Set<String> before, Set<String> after) {
        Statistics zero = new Statistics(0, 0, 0, null, Map.of(), Map.of(), Map.of());
        Counts counts = new Counts(projectAdded ? 1 : 0, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        counts.signed = true;
        for (HistoryEntry entry : added) {
            counts.add(entry);
        }
        counts.projectRuns(after, before);
        Map<String, Map<String, Integer>> change = rows(zero);
        change.get(TOTAL_PROJECTS).put("", counts.projects);
        change.get(TOTAL_DEPLOYMENTS).put("", counts.deployments);
        change.put(BY_ENVIRONMENT, counts.byEnvironment);
        change.put(BY_AGENT, counts.byAgent);
        change.put(PROJECTS_BY_AGENT, counts.projectsByAgent);
        return change;
    }

    /** The statistics the rows hold; counts at zero or below are no count at all. */
    static Statistics fromRows(Map<String, Map<String, Integer>> rows) {
        Counts counts = new Counts(total(rows, TOTAL_PROJECTS), total(rows, TOTAL_DEPLOYMENTS),
                positive(rows.get(BY_ENVIRONMENT)), positive(rows.get(BY_AGENT)),
                positive(rows.get(PROJECTS_BY_AGENT)));
        return counts.statistics();
    }

    private static int total(Map<String, Map<String, Integer>> rows, String name) {
        Map<String, Integer> row = rows.get(name);
        return row == null ? 0 : row.getOrDefault("", 0);
    }

    private static Map<String, Integer> positive(Map<String, Integer> counts) {
        Map<String, Integer> positive = new TreeMap<>();
        if (counts != null) {
            counts.forEach((key, value) -> {
                if (value > 0) {
                    positive.put(key, value);
                }
            });
        }
        return positive;
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
        /** Whether counts may go below zero (a change to a count, rather than a count). */
        private boolean signed;

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

        /** Adds {@code delta} to a count, dropping it at zero. (No {@code merge}: see {@link FileRegistryStore}.) */
        private void count(Map<String, Integer> counts, String key, int delta) {
            Integer now = counts.get(key);
            int value = (now == null ? 0 : now) + delta;
            if (value > 0 || (signed && value != 0)) {
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
