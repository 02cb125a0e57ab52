package dev.deploytrack.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * The projected spend of one environment, with every figure that produced it, and its verdict against the
 * environment's limits. All amounts are exact USD; token figures are per day.
 *
 * @param environment the environment's name
 * @param runsPerDay  runs per day
 * @param agents      the cost of each agent, the main agent first
 * @param skills      the cost of each triggered skill's body (already part of the main agent's cost)
 * @param daily       the projected spend per day
 * @param monthly     the projected spend per month
 * @param checks      each limit against its projection
 * @param limitsFile  the budget-limits file, or {@code null} when the environment has none (not gated)
 */
public record Projection(String environment, BigDecimal runsPerDay, List<AgentCost> agents, List<SkillCost> skills,
                         BigDecimal daily, BigDecimal monthly, List<LimitCheck> checks, String limitsFile) {

    public Projection {
        agents = List.copyOf(agents);
        skills = List.copyOf(skills);
        checks = List.copyOf(checks);
    }

    public Level level() {
        return checks.stream().map(LimitCheck::level).max(Enum::compareTo).orElse(Level.OK);
    }

    /** How a projection stands against its limits. */
    public enum Level {
        OK("ok"), WARNING("warning"), FAILED("failed");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One agent's share: its context (always-loaded, plus its own definition for a subagent) sent with every call,
     * its task tokens, and for the main agent the bodies of the skills that trigger.
     *
     * @param agent              {@code main} or the subagent's name
     * @param model              the model it uses in this environment
     * @param exactTokens        whether the model's token counts are exact (false: estimates from o200k_base)
     * @param contextTokens      the context tokens sent with each call
     * @param callsPerRun        calls per run
     * @param inputTokensPerCall task input tokens per call
     * @param outputTokensPerCall output tokens per call
     * @param cachedTokens       context tokens per day read from the prompt cache
     * @param inputTokens        input tokens per day at the full input price (uncached context, task, skills)
     * @param outputTokens       output tokens per day
     * @param price              the model's prices
     * @param daily              the agent's cost per day
     * @param monthly            the agent's cost per month
     */
    public record AgentCost(String agent, String model, boolean exactTokens, BigDecimal contextTokens,
                            BigDecimal callsPerRun, BigDecimal inputTokensPerCall, BigDecimal outputTokensPerCall,
                            BigDecimal cachedTokens, BigDecimal inputTokens, BigDecimal outputTokens,
                            ModelPrice price, BigDecimal daily, BigDecimal monthly) {
    }

    /**
     * A triggered skill: its body enters the main agent's context each time it triggers.
     *
     * @param skill       the skill's name
     * @param model       the main agent's model
     * @param bodyTokens  tokens of the body
     * @param perRun      triggers per run
     * @param tokens      body tokens per day
     * @param daily       cost per day
     * @param monthly     cost per month
     */
    public record SkillCost(String skill, String model, BigDecimal bodyTokens, BigDecimal perRun, BigDecimal tokens,
                            BigDecimal daily, BigDecimal monthly) {
    }

    /**
     * A limit and its projection.
     *
     * @param period    {@code daily} or {@code monthly}
     * @param projected the projected spend of the period
     * @param limit     the limit
     * @param percent   the projection as a percentage of the limit, rounded down to one decimal
     * @param threshold the highest alert threshold reached, or 0
     * @param level     OK, WARNING (a threshold below 100% reached) or FAILED (100% reached)
     */
    public record LimitCheck(String period, BigDecimal projected, BigDecimal limit, BigDecimal percent,
                             int threshold, Level level) {

        /** {@code monthly projection $1,234.56 is 137.1% of the $900.00 limit}. */
        public String describe() {
            return period + " projection " + Money.usd(projected) + " is " + percent.toPlainString() + "% of the "
                    + Money.usd(limit) + " limit";
        }
    }
}
