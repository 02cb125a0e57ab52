package dev.deploytrack.tokens;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Rule;
import dev.deploytrack.skills.SkillFile;
import dev.deploytrack.workspace.Workspace;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Token budgets, as part of validate: every file a {@code tokens.files} budget names (for a SKILL.md, its body), the
 * always-loaded context, and the Agent Skills specification's guidance for skill bodies and metadata. Reaching 100%
 * of a configured budget is an error, the thresholds (70% and 90%) warnings; the finding points at the line where the
 * budget or threshold is crossed. A text is counted only if it may reach a target: its UTF-8 size and then a bound
 * that needs no vocabulary ({@link TokenUpperBound}) decide that, so a repository, or a commit, whose texts are within
 * their budgets loads no vocabulary.
 */
public final class TokenBudgetCheck implements Check {

    private final TokenSettings settings;
    private final Vocabularies vocabularies;

    public TokenBudgetCheck(TokenSettings settings) {
        this(settings, Vocabularies.shared());
    }

    public TokenBudgetCheck(TokenSettings settings, Vocabularies vocabularies) {
        this.settings = settings;
        this.vocabularies = vocabularies;
    }

    @Override
    public void run(CheckContext context) {
        if (!settings.enabled() || !judgesAnythingInScope(context)) {
            return;
        }
        Evaluator evaluator = new Evaluator(context, new TokenCounter(settings.tokenization(), vocabularies));
        AgentContext texts = AgentContext.read(context);
        Map<String, AgentContext.Skill> skillsByPath = new HashMap<>();
        texts.skills().forEach(skill -> skillsByPath.put(skill.path(), skill));
        Workspace workspace = context.workspace();
        for (String path : workspace.files()) {
            Optional<TokenBudget> budget = settings.budgetFor(path);
            if (budget.isEmpty() || !workspace.inScope(path)) {
                continue;
            }
            AgentContext.Skill skill = skillsByPath.get(path);
            if (skill != null) {
                evaluator.configured(List.of(skill.body()), budget.get().max(), "the body of " + path,
                        "tokens.files '" + budget.get().files() + "'");
            } else if (!isSkillFile(context, path)) {
                context.text(path).ifPresent(source -> evaluator.configured(
                        List.of(new ContextText(path, 1, CountableText.of(source))), budget.get().max(), path,
                        "tokens.files '" + budget.get().files() + "'"));
            }
        }
        for (AgentContext.Skill skill : texts.skills()) {
            if (!workspace.inScope(skill.path())) {
                continue;
            }
            if (settings.budgetFor(skill.path()).isEmpty()) {
                evaluator.guidance(TokenRules.SKILL_BODY, skill.body(), settings.skillBody(),
                        "the body of skill '" + skill.name() + "'", "tokens.skill-body",
                        "move detail into files under references/ that the body links to; they load only when needed");
            }
            evaluator.guidance(TokenRules.SKILL_METADATA, skill.metadata(), settings.skillMetadata(),
                    "the name and description of skill '" + skill.name() + "'", "tokens.skill-metadata",
                    "shorten the description to what the skill does and when to use it");
        }
        // The sum is judged when the run checks one of its parts (in the hook: when one is staged).
        boolean sumInScope = texts.alwaysLoaded().stream().anyMatch(part -> workspace.inScope(part.path()));
        if (settings.alwaysLoaded() > 0 && sumInScope) {
            int skills = texts.skills().size();
            evaluator.configured(texts.alwaysLoaded(), settings.alwaysLoaded(), "the always-loaded context ("
                    + plural(texts.instructionFiles().size(), "instruction file") + " and the "
                    + (skills == 1 ? "name and description of 1 skill" : "names and descriptions of " + skills
                    + " skills") + ")", "tokens.always-loaded");
        }
    }

    /**
     * Whether this run checks a text a budget judges: an instruction file or a skill (each a part of the
     * always-loaded sum too) or a file a {@code tokens.files} budget names. In the hook, a commit of code alone then
     * reads no agent file at all.
     */
    private boolean judgesAnythingInScope(CheckContext context) {
        Workspace workspace = context.workspace();
        for (String path : context.agentFiles().instructionFiles()) {
            if (workspace.inScope(path)) {
                return true;
            }
        }
        for (SkillFile skill : context.agentFiles().skills()) {
            if (workspace.inScope(skill.path())) {
                return true;
            }
        }
        for (String path : workspace.files()) {
            if (workspace.inScope(path) && settings.budgetFor(path).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSkillFile(CheckContext context, String path) {
        return context.agentFiles().skills().stream().map(SkillFile::path).anyMatch(path::equals);
    }

    /** Counts texts against budgets and reports, for one run. */
    private final class Evaluator {

        private final CheckContext context;
        private final TokenCounter counter;

        Evaluator(CheckContext context, TokenCounter counter) {
            this.context = context;
            this.counter = counter;
        }

        /** A configured budget over the concatenation of {@code parts}: warnings at the thresholds, error at 100%. */
        void configured(List<ContextText> parts, int budget, String subject, String setting) {
            int firstTarget = settings.thresholds().isEmpty() ? budget
                    : ceilPercent(budget, settings.thresholds().get(0));
            if (!mayReach(parts, firstTarget)) {
                return;
            }
            int[] encoded = new int[parts.size()];
            int total = 0;
            for (int i = 0; i < parts.size(); i++) {
                encoded[i] = counter.countEncoded(parts.get(i).text());
                total += encoded[i];
            }
            TokenCount count = counter.fromEncoded(total);
            if (count.tokens() >= budget) {
                report(TokenRules.BUDGET, parts, encoded, count, budget, budget, subject, setting,
                        "the budget is crossed");
                return;
            }
            for (int i = settings.thresholds().size() - 1; i >= 0; i--) {
                int percent = settings.thresholds().get(i);
                int target = ceilPercent(budget, percent);
                if (count.tokens() >= target) {
                    report(TokenRules.BUDGET_WARNING, parts, encoded, count, budget, target, subject, setting,
                            percent + "% of the budget is reached");
                    return;
                }
            }
        }

        /** The specification's guidance: a warning once the text reaches it, nothing below. */
        void guidance(Rule rule, ContextText text, int budget, String subject, String setting, String fix) {
            if (!context.findings().policy().isEnabled(rule) || !mayReach(List.of(text), budget)) {
                return;
            }
            int encoded = counter.countEncoded(text.text());
            TokenCount count = counter.fromEncoded(encoded);
            if (count.tokens() >= budget) {
                int line = text.fileLine(BudgetCrossing.offset(counter, text.text(), budget));
                context.findings().add(Finding.of(rule, text.path(), line, 1, subject + " is " + describe(count)
                                + ", " + percent(count.tokens(), budget) + " of the " + number(budget)
                                + " tokens the Agent Skills specification recommends (" + setting
                                + "); the guidance is crossed at line " + line)
                        .withHint(fix + "; " + headroom(budget)));
            }
        }

        private void report(Rule rule, List<ContextText> parts, int[] encoded, TokenCount count, int budget,
                            int target, String subject, String setting, String crossing) {
            // Find the part in which the running count reaches the target, then the line within it.
            int before = 0;
            int index = 0;
            for (; index < parts.size() - 1; index++) {
                if (counter.fromEncoded(before + encoded[index]).tokens() >= target) {
                    break;
                }
                before += encoded[index];
            }
            ContextText part = parts.get(index);
            int remaining = Math.max(1, target - counter.fromEncoded(before).tokens());
            int line = part.fileLine(BudgetCrossing.offset(counter, part.text(), remaining));
            String where = parts.size() > 1 ? " in " + part.path() : "";
            context.findings().add(Finding.of(rule, part.path(), line, 1, subject + " is " + describe(count) + ", "
                            + percent(count.tokens(), budget) + " of its " + number(budget) + "-token budget ("
                            + setting + "); " + crossing + " at line " + line + where)
                    .withHint((rule == TokenRules.BUDGET ? "cut it below the budget; " : "") + headroom(budget)
                            + "; move detail that is not needed in every call into files loaded on demand"));
        }

        /**
         * Whether the texts together may reach {@code target}, decided without a vocabulary: first by their size,
         * which costs nothing, then by {@link TokenUpperBound}s, the quick one before the close one. Only texts
         * that may still reach it are counted, so a commit within its budgets loads no vocabulary.
         */
        private boolean mayReach(List<ContextText> parts, int target) {
            long size = 0;
            for (ContextText part : parts) {
                size += part.maxTokens();
            }
            if (!reaches(size, target)) {
                return false;
            }
            for (TokenUpperBound.Precision precision : TokenUpperBound.Precision.values()) {
                if (!mayReach(parts, target, TokenUpperBound.forEncoding(counter.method().encoding(), precision))) {
                    return false;
                }
            }
            return true;
        }

        private boolean mayReach(List<ContextText> parts, int target, TokenUpperBound bound) {
            // The least encoded bound that surely reaches the target: a part's bound is computed only that far.
            long enough = Math.max(1, target);
            while (!reaches(enough, target) && enough < 1_000_000_000L) {
                enough *= 2;
            }
            long upper = 0;
            for (ContextText part : parts) {
                upper += bound.of(part.text(), enough - upper);
                if (reaches(upper, target)) {
                    return true;
                }
            }
            return false;
        }

        /** An estimate grows with the encoded count, so a bound of the encoded count bounds the estimate. */
        private boolean reaches(long encodedBound, int target) {
            // Capped so that scaling by an estimate factor stays within an int; no budget is that large.
            return counter.fromEncoded((int) Math.min(1_000_000_000L, encodedBound)).tokens() >= target;
        }

        private String describe(TokenCount count) {
            if (count.exact()) {
                return number(count.tokens()) + " tokens (" + count.method().encodingName() + ")";
            }
            return "about " + number(count.tokens()) + " tokens (" + count.method().model() + " estimate from "
                    + count.method().estimate().describe() + ": likely " + number(count.low()) + "-"
                    + number(count.high()) + ")";
        }
    }

    static String headroom(int budget) {
        return "keep " + TokenSettings.RECOMMENDED_HEADROOM_PERCENT + "% headroom: at most "
                + number(budget * (100 - TokenSettings.RECOMMENDED_HEADROOM_PERCENT) / 100) + " tokens";
    }

    static int ceilPercent(int budget, int percent) {
        return (int) ((budget * (long) percent + 99) / 100);
    }

    /** Rounded down, so that 100% is only shown when the budget is reached. */
    static String percent(int tokens, int budget) {
        return (int) (tokens * 100L / budget) + "%";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
