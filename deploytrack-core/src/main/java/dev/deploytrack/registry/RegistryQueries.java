package dev.deploytrack.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The questions people ask the registry: {@code status} (all agents, one agent, one project) and {@code impact}. */
public final class RegistryQueries {

    private final Registry registry;
    private final RegistrySettings settings;

    public RegistryQueries(Registry registry, RegistrySettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    /** Every agent with its deployment count and the versions in use. */
    public AgentsStatus agents(String registryName) {
        Map<String, Integer> deployments = deploymentsByAgent();
        Map<String, Set<String>> projects = new HashMap<>();
        Map<String, Map<String, Integer>> versions = new HashMap<>();
        for (ProjectEntry project : registry.projects()) {
            for (AgentDeployment agent : project.agents()) {
                if (agent.id() == null) {
                    continue;
                }
                projects.computeIfAbsent(agent.id(), k -> new HashSet<>()).add(String.valueOf(project.name()));
                versions.computeIfAbsent(agent.id(), k -> new HashMap<>())
                        .merge(String.valueOf(agent.version()), 1, Integer::sum);
            }
        }
        Set<String> ids = new java.util.TreeSet<>(deployments.keySet());
        ids.addAll(projects.keySet());
        List<AgentsStatus.AgentSummary> agents = new ArrayList<>();
        for (String id : ids) {
            List<AgentsStatus.VersionCount> inUse = versions.getOrDefault(id, Map.of()).entrySet().stream()
                    .map(e -> new AgentsStatus.VersionCount(e.getKey(), e.getValue()))
                    .sorted((a, b) -> newestFirst(a.version(), b.version()))
                    .toList();
            agents.add(new AgentsStatus.AgentSummary(id, deployments.getOrDefault(id, 0),
                    projects.getOrDefault(id, Set.of()).size(), inUse));
        }
        int total = deployments.values().stream().mapToInt(Integer::intValue).sum();
        return new AgentsStatus(registryName, registry.projects().size(), total, agents);
    }

    /** The project environments running {@code id}. */
    public AgentStatus agent(String id) throws InvalidRequestException {
        int deployments = deploymentsByAgent().getOrDefault(id, 0);
        List<AgentStatus.AgentUse> uses = new ArrayList<>();
        for (ProjectEntry project : registry.projects()) {
            for (AgentDeployment agent : project.agents()) {
                if (id.equals(agent.id())) {
                    uses.add(new AgentStatus.AgentUse(project.name(), agent.environment(), agent.version(),
                            agent.deployedAt(), agent.updatedAt()));
                }
            }
        }
        if (uses.isEmpty() && deployments == 0) {
            throw new InvalidRequestException("no agent '" + id + "' in the registry" + suggestion(id, agentIds()));
        }
        uses.sort(Comparator.comparing((AgentStatus.AgentUse use) -> String.valueOf(use.project()))
                .thenComparingInt(use -> settings.order(use.environment())));
        return new AgentStatus(id, deployments, uses);
    }

    /** One project's agents. */
    public ProjectStatus project(String name) throws InvalidRequestException {
        ProjectEntry project = registry.project(name).orElseThrow(() -> new InvalidRequestException(
                "no project named '" + name + "' in the registry" + suggestion(name,
                        registry.projects().stream().map(ProjectEntry::name).toList())));
        List<ProjectStatus.ProjectAgent> agents = project.agents().stream()
                .sorted(Comparator.comparing((AgentDeployment a) -> String.valueOf(a.id()))
                        .thenComparingInt(a -> settings.order(a.environment())))
                .map(a -> new ProjectStatus.ProjectAgent(a.id(), a.environment(), a.version(), a.deployedAt(),
                        a.updatedAt(), a.testimonyCollected(), a.lastSync()))
                .toList();
        return new ProjectStatus(project.name(), project.path(), project.deployedAt(), project.lastSync(),
                project.testimonyFile(), agents);
    }

    /** Given the current version of each agent, the project environments that run an older one. */
    public ImpactReport impact(List<AgentVersion> current) {
        Map<String, String> currentVersions = new LinkedHashMap<>();
        current.forEach(agent -> currentVersions.put(agent.id(), agent.version()));
        List<ImpactReport.Outdated> outdated = new ArrayList<>();
        List<ImpactReport.Outdated> notComparable = new ArrayList<>();
        Set<String> deployed = new HashSet<>();
        int upToDate = 0;
        for (ProjectEntry project : registry.projects()) {
            for (AgentDeployment agent : project.agents()) {
                String wanted = currentVersions.get(agent.id());
                if (wanted == null) {
                    continue;
                }
                deployed.add(agent.id());
                ImpactReport.Outdated row = new ImpactReport.Outdated(agent.id(), project.name(),
                        agent.environment(), agent.version(), wanted);
                Optional<Integer> order = SemanticVersion.compare(agent.version(), wanted);
                if (order.isEmpty()) {
                    if (wanted.equals(agent.version())) {
                        upToDate++;
                    } else {
                        notComparable.add(row);
                    }
                } else if (order.get() < 0) {
                    outdated.add(row);
                } else {
                    upToDate++;
                }
            }
        }
        Comparator<ImpactReport.Outdated> order = Comparator.comparing(ImpactReport.Outdated::agent)
                .thenComparing(row -> String.valueOf(row.project()))
                .thenComparingInt(row -> settings.order(row.environment()));
        outdated.sort(order);
        notComparable.sort(order);
        List<String> notDeployed = currentVersions.keySet().stream().filter(id -> !deployed.contains(id)).toList();
        return new ImpactReport(current, outdated, notComparable, upToDate, notDeployed);
    }

    private Map<String, Integer> deploymentsByAgent() {
        Map<String, Integer> counts = new TreeMap<>();
        for (HistoryEntry entry : registry.history()) {
            if (entry.isDeployment() && entry.agent() != null) {
                counts.merge(entry.agent(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private List<String> agentIds() {
        Set<String> ids = new HashSet<>(deploymentsByAgent().keySet());
        registry.projects().forEach(p -> p.agents().forEach(a -> ids.add(a.id())));
        return new ArrayList<>(ids);
    }

    /** Newest first by semantic version; versions that do not parse go last, by text. */
    private static int newestFirst(String a, String b) {
        Optional<Integer> order = SemanticVersion.compare(a, b);
        if (order.isPresent()) {
            return -order.get();
        }
        boolean aParses = SemanticVersion.parse(a).isPresent();
        boolean bParses = SemanticVersion.parse(b).isPresent();
        return aParses != bParses ? (aParses ? -1 : 1) : a.compareTo(b);
    }

    private static String suggestion(String wanted, List<String> names) {
        String closest = dev.deploytrack.yaml.Suggestions.closest(wanted, names, 3);
        return closest == null ? "" : "; did you mean '" + closest + "'?";
    }
}
