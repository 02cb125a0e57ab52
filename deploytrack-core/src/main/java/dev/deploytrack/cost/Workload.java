package dev.deploytrack.cost;

import dev.deploytrack.yaml.YamlMappingReader;
import dev.deploytrack.yaml.YamlNodes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an environment uses its agents, per day: the workload model of the cost projection. Written in
 * deploytrack.yml as {@code cost.workload} (defaults for every environment) and {@code cost.environments.NAME}
 * (what differs there; a key given there replaces the default, {@code skills} and {@code agents} as a whole).
 * Fields are {@code null} when not written, so the two levels can be merged.
 *
 * @param runsPerDay          runs per day (a run is one task, one conversation of the main agent)
 * @param callsPerRun         model calls of the main agent per run
 * @param inputTokensPerCall  task input tokens per call besides the repository's context (user prompt, tool results)
 * @param outputTokensPerCall output tokens per call
 * @param cacheHitRatio       share (0-1) of the context's tokens read from the prompt cache
 * @param skills              skill name to how often it triggers per run
 * @param agents              subagent name to its calls per run and tokens per call
 * @param line                the line in deploytrack.yml where this workload is written
 */
public record Workload(BigDecimal runsPerDay, BigDecimal callsPerRun, BigDecimal inputTokensPerCall,
                       BigDecimal outputTokensPerCall, BigDecimal cacheHitRatio, Map<String, Trigger> skills,
                       Map<String, AgentWorkload> agents, int line) {

    /** How often a skill triggers per run, and the line saying so. */
    public record Trigger(BigDecimal perRun, int line) {
    }

    /**
     * A subagent's share of a run; token counts not given are the environment's.
     *
     * @param callsPerRun         calls of this subagent per run
     * @param inputTokensPerCall  task input tokens per call, or {@code null} for the environment's
     * @param outputTokensPerCall output tokens per call, or {@code null} for the environment's
     * @param line                the line naming the subagent
     */
    public record AgentWorkload(BigDecimal callsPerRun, BigDecimal inputTokensPerCall, BigDecimal outputTokensPerCall,
                                int line) {
    }

    public Workload {
        skills = skills == null ? null : Map.copyOf(skills);
        agents = agents == null ? null : Map.copyOf(agents);
    }

    /** This workload with the fields it leaves open taken from {@code defaults}. */
    public Workload over(Workload defaults) {
        if (defaults == null) {
            return this;
        }
        return new Workload(or(runsPerDay, defaults.runsPerDay), or(callsPerRun, defaults.callsPerRun),
                or(inputTokensPerCall, defaults.inputTokensPerCall), or(outputTokensPerCall,
                defaults.outputTokensPerCall), or(cacheHitRatio, defaults.cacheHitRatio),
                skills != null ? skills : defaults.skills, agents != null ? agents : defaults.agents, line);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    public Map<String, Trigger> skillsOrEmpty() {
        return skills == null ? Map.of() : skills;
    }

    public Map<String, AgentWorkload> agentsOrEmpty() {
        return agents == null ? Map.of() : agents;
    }

    /** Binds a workload mapping written at {@code line} of deploytrack.yml. */
    static Workload bind(YamlMappingReader reader, int line) {
        BigDecimal ratio = reader.decimal("cache-hit-ratio", null);
        if (ratio != null && ratio.compareTo(BigDecimal.ONE) > 0) {
            reader.problem("cache-hit-ratio", reader.qualified("cache-hit-ratio") + " is a share from 0 to 1 "
                    + "(0.8 for 80%), not " + ratio.toPlainString());
            ratio = null;
        }
        Map<String, Trigger> skills = null;
        if (reader.has("skills")) {
            skills = new LinkedHashMap<>();
            for (YamlMappingReader mapping : reader.mapping("skills").stream().toList()) {
                for (String skill : mapping.keys()) {
                    BigDecimal perRun = mapping.decimal(skill, null);
                    if (perRun != null) {
                        skills.put(skill, new Trigger(perRun, line(mapping, skill)));
                    }
                }
            }
        }
        Map<String, AgentWorkload> agents = null;
        if (reader.has("agents")) {
            agents = new LinkedHashMap<>();
            for (YamlMappingReader mapping : reader.mapping("agents").stream().toList()) {
                for (String agent : mapping.keys()) {
                    int agentLine = line(mapping, agent);
                    for (YamlMappingReader entry : mapping.mapping(agent).stream().toList()) {
                        BigDecimal calls = entry.decimal("calls-per-run", null);
                        if (calls == null && !entry.has("calls-per-run")) {
                            entry.problem("calls-per-run", entry.path() + " needs calls-per-run, the subagent's "
                                    + "calls per run");
                        }
                        AgentWorkload workload = new AgentWorkload(calls,
                                entry.decimal("input-tokens-per-call", null),
                                entry.decimal("output-tokens-per-call", null), agentLine);
                        if (calls != null) {
                            agents.put(agent, workload);
                        }
                    }
                }
            }
        }
        return new Workload(reader.decimal("runs-per-day", null), reader.decimal("calls-per-run", null),
                reader.decimal("input-tokens-per-call", null), reader.decimal("output-tokens-per-call", null),
                ratio, skills, agents, line);
    }

    static int line(YamlMappingReader mapping, String key) {
        return mapping.keyNode(key).map(node -> YamlNodes.line(node, 1)).orElse(1);
    }
}
