package dev.deploytrack.release;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.cost.CostCheck;
import dev.deploytrack.cost.CostReport;
import dev.deploytrack.cost.Projection;
import dev.deploytrack.cost.UnknownEnvironmentException;
import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.Severity;
import dev.deploytrack.secrets.SecretRule;
import dev.deploytrack.secrets.SecretRules;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.tokens.TokenBudgetCheck;
import dev.deploytrack.tokens.TokenCounter;
import dev.deploytrack.tokens.TokenSettings;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.workspace.Workspace;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a deployment request and a checklist report on what goes out, each the project's own implementation run
 * on the files of the commit that goes out: {@code validate} (with the secret scan in it), the token budgets held to
 * the 20% headroom every budget finding recommends, each agent's tokens, and the environment's cost projection.
 */
final class ReleaseChecks {

    private static final Set<String> SECRET_RULES = secretRuleIds();

    private ReleaseChecks() {
    }

    /** {@code 0 errors, 1 warning}: the counts of a validation, as a request and a checklist show them. */
    static String counts(Validation validation) {
        return plural(validation.errors(), "error") + ", " + plural(validation.warnings(), "warning");
    }

    private static String plural(int count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }

    /**
     * What {@code validate} found, split as a person reads it: the secret scan (its rules, and custom rules, whose
     * findings carry a fingerprint) apart from everything else.
     *
     * @param errors         errors other than secrets
     * @param warnings       warnings other than secrets
     * @param secrets        secrets found (errors or warnings of the secret rules)
     * @param skillErrors    errors of the Agent Skills rules
     * @param files          files checked
     * @param firstProblems  the first few errors, for the reader (never a secret: findings redact them)
     */
    record Validation(int errors, int warnings, int secrets, int skillErrors, int files, List<Finding> firstProblems) {

        Validation {
            firstProblems = List.copyOf(firstProblems);
        }
    }

    static Validation validate(DeploytrackConfig config, Workspace workspace) {
        Report report = new Validator(config).validate(workspace);
        int errors = 0;
        int warnings = 0;
        int secrets = 0;
        int skillErrors = 0;
        java.util.ArrayList<Finding> first = new java.util.ArrayList<>();
        for (Finding finding : report.findings()) {
            if (SECRET_RULES.contains(finding.rule().id()) || finding.fingerprint() != null) {
                secrets += finding.severity() == Severity.NOTE ? 0 : 1;
                continue;
            }
            if (finding.severity() == Severity.ERROR) {
                errors++;
                if (finding.rule().id().startsWith("skill-")) {
                    skillErrors++;
                }
                if (first.size() < 5) {
                    first.add(finding);
                }
            } else if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new Validation(errors, warnings, secrets, skillErrors, report.summary().files(), first);
    }

    /**
     * The token budgets that leave less than 20% headroom: the budget check itself, with its one threshold at 80%.
     */
    static List<Finding> tightBudgets(DeploytrackConfig config, Workspace workspace) {
        TokenSettings tokens = config.tokens();
        TokenSettings headroom = new TokenSettings(tokens.enabled(), tokens.model(), tokens.encoding(),
                List.of(100 - TokenSettings.RECOMMENDED_HEADROOM_PERCENT), tokens.skillBody(), tokens.skillMetadata(),
                tokens.alwaysLoaded(), tokens.files(), tokens.estimates());
        FindingCollector findings = new FindingCollector(config.rulePolicy());
        new TokenBudgetCheck(headroom).run(new CheckContext(workspace, AgentFileDiscovery.discover(workspace),
                findings, config.maxFileSize()));
        return findings.toReport().findings();
    }

    /** The tokens of one file as the configured model counts them, or empty when it cannot be read. */
    static Optional<Integer> tokens(DeploytrackConfig config, Workspace workspace, String path) {
        try {
            if (path == null || workspace.size(path) > config.maxFileSize()) {
                return Optional.empty();
            }
            return Optional.of(new TokenCounter(config.tokens().tokenization(), Vocabularies.shared())
                    .count(SourceText.decode(workspace.read(path))).tokens());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The environment's cost projection on these files, or why there is none.
     *
     * @param projection the projection, or {@code null}
     * @param missing    why there is no projection, or {@code null}
     */
    record Cost(Projection projection, String missing) {
    }

    static Cost cost(DeploytrackConfig config, Workspace workspace, String environment, LocalDate today) {
        try {
            CostReport report = new CostCheck(config, Vocabularies.shared(), today).run(workspace, environment);
            return report.projections().isEmpty() ? new Cost(null, "no cost projection for " + environment)
                    : new Cost(report.projections().get(0), null);
        } catch (UnknownEnvironmentException e) {
            return new Cost(null, "no environments/" + environment + "/ with budget-limits.yaml or "
                    + "model-overrides.yaml: the cost is not projected");
        } catch (ConfigException e) {
            return new Cost(null, "the cost projection cannot run: " + e.problems().get(0));
        } catch (RuntimeException e) {
            return new Cost(null, "the cost projection cannot run: " + e.getMessage());
        }
    }

    private static Set<String> secretRuleIds() {
        Set<String> ids = new HashSet<>();
        for (SecretRule rule : SecretRules.SECRETS) {
            ids.add(rule.rule().id());
        }
        return ids;
    }
}
