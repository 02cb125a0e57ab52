package dev.deploytrack.cost;

import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.tokens.AgentContext;
import dev.deploytrack.tokens.ContextText;
import dev.deploytrack.tokens.EstimateFactors;
import dev.deploytrack.tokens.ModelTokenizers;
import dev.deploytrack.tokens.TokenCounter;
import dev.deploytrack.tokens.Tokenization;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.yaml.ConfigProblem;
import dev.deploytrack.yaml.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Projects the spend of an environment from the repository's context, the workload model and the prices:
 * <pre>
 * per agent and day:  context  = runs x calls x context tokens       (cache-hit share at the cached price)
 *                     task     = runs x calls x input tokens per call (input price)
 *                     output   = runs x calls x output tokens per call (output price)
 *                     skills   = runs x triggers x body tokens, main agent only (input price)
 * per month:          per day x cost.days-per-month
 * </pre>
 * A subagent's context is the always-loaded context plus its definition's body. Tokens are counted with each
 * agent's model: exactly for OpenAI models, as estimates otherwise. Every name in the workload and the model
 * overrides is checked against the repository and the price table; mistakes become problems with file and line.
 */
public final class CostProjector {

    /** The main agent, as model overrides name it. */
    public static final String MAIN_AGENT = "main";

    private final CostSettings settings;
    private final PriceTable prices;
    private final AgentContext context;
    private final EstimateFactors factors;
    private final Vocabularies vocabularies;
    private final Map<EncodingType, Map<ContextText, Integer>> counts = new EnumMap<>(EncodingType.class);
    private final Map<EncodingType, TokenCounter> counters = new EnumMap<>(EncodingType.class);

    public CostProjector(CostSettings settings, PriceTable prices, AgentContext context, EstimateFactors factors,
                         Vocabularies vocabularies) {
        this.settings = settings;
        this.prices = prices;
        this.context = context;
        this.factors = factors;
        this.vocabularies = vocabularies;
    }

    /** The projection of {@code environment}, or empty when its inputs have problems (added to {@code problems}). */
    public Optional<Projection> project(Environment environment, List<ConfigProblem> problems) {
        int before = problems.size();
        String name = environment.name();
        Workload workload = settings.workloadOf(name);
        if (workload == null) {
            problems.add(problem(1, "environment '" + name + "' has no workload: add cost.environments." + name
                    + " (or cost.workload for every environment) with runs-per-day and calls-per-run"));
            return Optional.empty();
        }
        for (String required : List.of("runs-per-day", "calls-per-run")) {
            BigDecimal value = required.equals("runs-per-day") ? workload.runsPerDay() : workload.callsPerRun();
            if (value == null) {
                problems.add(problem(workload.line(), "the workload of environment '" + name + "' needs " + required
                        + " (in cost.environments." + name + " or cost.workload)"));
            }
        }
        checkNames(environment, workload, problems);
        Map<String, String> models = models(environment, workload, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        BigDecimal runs = workload.runsPerDay();
        BigDecimal ratio = orZero(workload.cacheHitRatio());
        List<Projection.AgentCost> agents = new ArrayList<>();
        List<Projection.SkillCost> skills = new ArrayList<>();
        String mainModel = models.get(MAIN_AGENT);
        Tokenization mainTokens = tokenization(mainModel);
        ModelPrice mainPrice = prices.find(mainModel).orElseThrow();
        BigDecimal skillTokens = BigDecimal.ZERO;
        for (Map.Entry<String, Workload.Trigger> trigger : workload.skillsOrEmpty().entrySet()) {
            AgentContext.Skill skill = context.skill(trigger.getKey()).orElseThrow();
            BigDecimal body = tokens(List.of(skill.body()), mainTokens);
            BigDecimal perDay = runs.multiply(trigger.getValue().perRun()).multiply(body);
            BigDecimal daily = ModelPrice.cost(perDay, mainPrice.input());
            skills.add(new Projection.SkillCost(skill.name(), mainModel, body, trigger.getValue().perRun(), perDay,
                    daily, monthly(daily)));
            skillTokens = skillTokens.add(perDay);
        }
        agents.add(agentCost(MAIN_AGENT, mainModel, context.alwaysLoaded(), workload.callsPerRun(),
                orZero(workload.inputTokensPerCall()), orZero(workload.outputTokensPerCall()), runs, ratio,
                skillTokens));
        for (Map.Entry<String, Workload.AgentWorkload> entry : workload.agentsOrEmpty().entrySet()) {
            Workload.AgentWorkload agent = entry.getValue();
            List<ContextText> texts = new ArrayList<>(context.alwaysLoaded());
            texts.add(context.agent(entry.getKey()).orElseThrow().body());
            agents.add(agentCost(entry.getKey(), models.get(entry.getKey()), texts, agent.callsPerRun(),
                    agent.inputTokensPerCall() != null ? agent.inputTokensPerCall()
                            : orZero(workload.inputTokensPerCall()),
                    agent.outputTokensPerCall() != null ? agent.outputTokensPerCall()
                            : orZero(workload.outputTokensPerCall()), runs, ratio, BigDecimal.ZERO));
        }
        BigDecimal daily = agents.stream().map(Projection.AgentCost::daily).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal monthly = monthly(daily);
        BudgetLimits limits = environment.limits();
        List<Projection.LimitCheck> checks = new ArrayList<>();
        if (limits != null) {
            limitCheck("daily", daily, limits.daily(), limits).ifPresent(checks::add);
            limitCheck("monthly", monthly, limits.monthly(), limits).ifPresent(checks::add);
        }
        return Optional.of(new Projection(name, runs, agents, skills, daily, monthly, checks,
                limits == null ? null : limits.file()));
    }

    private Projection.AgentCost agentCost(String agent, String model, List<ContextText> texts, BigDecimal calls,
                                           BigDecimal inputPerCall, BigDecimal outputPerCall, BigDecimal runs,
                                           BigDecimal cacheHitRatio, BigDecimal skillTokens) {
        Tokenization tokenization = tokenization(model);
        ModelPrice price = prices.find(model).orElseThrow();
        BigDecimal contextTokens = tokens(texts, tokenization);
        BigDecimal callsPerDay = runs.multiply(calls);
        BigDecimal contextPerDay = callsPerDay.multiply(contextTokens);
        BigDecimal cached = contextPerDay.multiply(cacheHitRatio);
        BigDecimal input = contextPerDay.subtract(cached).add(callsPerDay.multiply(inputPerCall)).add(skillTokens);
        BigDecimal output = callsPerDay.multiply(outputPerCall);
        BigDecimal daily = ModelPrice.cost(input, price.input()).add(ModelPrice.cost(cached, price.cachedInput()))
                .add(ModelPrice.cost(output, price.output()));
        return new Projection.AgentCost(agent, model, tokenization.exact(), contextTokens, calls, inputPerCall,
                outputPerCall, cached, input, output, price, daily, monthly(daily));
    }

    private BigDecimal monthly(BigDecimal daily) {
        return daily.multiply(settings.daysPerMonth());
    }

    private static Optional<Projection.LimitCheck> limitCheck(String period, BigDecimal projected, BigDecimal limit,
                                                              BudgetLimits limits) {
        if (limit == null) {
            return Optional.empty();
        }
        BigDecimal percent = Money.percent(projected, limit);
        if (projected.compareTo(limit) >= 0) {
            return Optional.of(new Projection.LimitCheck(period, projected, limit, percent, 100,
                    Projection.Level.FAILED));
        }
        BigDecimal scaled = projected.multiply(BigDecimal.valueOf(100));
        for (int threshold : limits.warningThresholds()) {
            if (scaled.compareTo(limit.multiply(BigDecimal.valueOf(threshold))) >= 0) {
                return Optional.of(new Projection.LimitCheck(period, projected, limit, percent, threshold,
                        Projection.Level.WARNING));
            }
        }
        return Optional.of(new Projection.LimitCheck(period, projected, limit, percent, 0, Projection.Level.OK));
    }

    /** Token count of the texts together with a model's tokenizer: encoded once per encoding, then estimated. */
    private BigDecimal tokens(List<ContextText> texts, Tokenization tokenization) {
        TokenCounter counter = counters.computeIfAbsent(tokenization.encoding(),
                encoding -> new TokenCounter(Tokenization.exact(encoding), vocabularies));
        Map<ContextText, Integer> cache = counts.computeIfAbsent(tokenization.encoding(), e -> new HashMap<>());
        int encoded = 0;
        for (ContextText text : texts) {
            encoded += cache.computeIfAbsent(text, t -> counter.countEncoded(t.text()));
        }
        return BigDecimal.valueOf(new TokenCounter(tokenization, vocabularies).fromEncoded(encoded).tokens());
    }

    private Tokenization tokenization(String model) {
        return ModelTokenizers.forModel(model, factors);
    }

    private void checkNames(Environment environment, Workload workload, List<ConfigProblem> problems) {
        String where = "the workload of environment '" + environment.name() + "'";
        List<String> skillNames = context.skills().stream().map(AgentContext.Skill::name).toList();
        for (Map.Entry<String, Workload.Trigger> skill : workload.skillsOrEmpty().entrySet()) {
            if (context.skill(skill.getKey()).isEmpty()) {
                problems.add(problem(skill.getValue().line(), where + " names skill '" + skill.getKey()
                        + "', which the repository does not have" + suggest(skill.getKey(), skillNames)));
            }
        }
        List<String> agentNames = context.agents().stream().map(AgentContext.Agent::name).toList();
        for (Map.Entry<String, Workload.AgentWorkload> agent : workload.agentsOrEmpty().entrySet()) {
            if (agent.getKey().equals(MAIN_AGENT)) {
                problems.add(problem(agent.getValue().line(), "the main agent's workload is calls-per-run and the "
                        + "token keys of the environment itself; 'agents' lists subagents"));
            } else if (context.agent(agent.getKey()).isEmpty()) {
                problems.add(problem(agent.getValue().line(), where + " names agent '" + agent.getKey()
                        + "', which has no definition in .claude/agents/" + suggest(agent.getKey(), agentNames)));
            }
        }
        ModelOverrides overrides = environment.overrides();
        if (overrides != null) {
            for (Map.Entry<String, ModelOverrides.Located> agent : overrides.agents().entrySet()) {
                if (!agent.getKey().equals(MAIN_AGENT) && context.agent(agent.getKey()).isEmpty()) {
                    problems.add(new ConfigProblem(overrides.file(), agent.getValue().line(), 1, "unknown agent '"
                            + agent.getKey() + "': agents are 'main' and the subagents defined in .claude/agents/"
                            + suggest(agent.getKey(), agentNames)));
                }
            }
        }
    }

    /** The model of the main agent and every subagent with a workload; problems for missing or unpriced models. */
    private Map<String, String> models(Environment environment, Workload workload, List<ConfigProblem> problems) {
        Map<String, String> models = new HashMap<>();
        ModelOverrides overrides = environment.overrides();
        if (overrides != null && overrides.defaultModel() != null) {
            checkModel(overrides.defaultModel(), overrides.file(), overrides.defaultLine(), problems);
        }
        if (overrides != null) {
            overrides.agents().values().forEach(located -> checkModel(located.value(), overrides.file(),
                    located.line(), problems));
        }
        if (settings.model() != null) {
            checkModel(settings.model(), settings.configFile(), settings.modelLine(), problems);
        }
        List<String> agents = new ArrayList<>();
        agents.add(MAIN_AGENT);
        agents.addAll(workload.agentsOrEmpty().keySet());
        for (String agent : agents) {
            String model = null;
            if (overrides != null && overrides.agents().containsKey(agent)) {
                model = overrides.agents().get(agent).value();
            } else if (overrides != null && overrides.defaultModel() != null) {
                model = overrides.defaultModel();
            } else {
                model = settings.model();
            }
            if (model == null) {
                problems.add(problem(workload.line(), "no model for agent '" + agent + "' in environment '"
                        + environment.name() + "': set default_model in " + Environment.DIRECTORY + "/"
                        + environment.name() + "/" + ModelOverrides.FILE_NAME + " or cost.model in "
                        + settings.configFile()));
            } else {
                models.put(agent, model);
            }
        }
        return models;
    }

    private void checkModel(String model, String file, int line, List<ConfigProblem> problems) {
        if (prices.find(model).isEmpty()) {
            problems.add(new ConfigProblem(file, line, 1, prices.unknownModelMessage(model)));
        }
    }

    private ConfigProblem problem(int line, String message) {
        return new ConfigProblem(settings.configFile(), line, 1, message);
    }

    private static String suggest(String name, List<String> candidates) {
        String suggestion = Suggestions.closest(name, candidates, 3);
        if (suggestion != null) {
            return "; did you mean '" + suggestion + "'?";
        }
        return candidates.isEmpty() ? "" : "; it has: " + String.join(", ", candidates);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
