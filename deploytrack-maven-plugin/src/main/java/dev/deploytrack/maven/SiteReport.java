package dev.deploytrack.maven;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.cost.CostReport;
import dev.deploytrack.cost.Money;
import dev.deploytrack.cost.Projection;
import dev.deploytrack.registry.AgentDeployment;
import dev.deploytrack.registry.ProjectEntry;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.tokens.TokenBudget;
import dev.deploytrack.tokens.TokenRules;
import dev.deploytrack.tokens.TokenSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/** The deploytrack page of a Maven site: what the core found, laid out as sections and tables. */
final class SiteReport extends AbstractMavenReportRenderer {

    /** The cost projection, or why there is none. */
    record Cost(CostReport report, String problem) {
    }

    /** The registry's content, or why it cannot be shown ({@code registry} null and no problem: there is none). */
    record Registry(String displayName, dev.deploytrack.registry.Registry registry, String problem) {
    }

    private final Path root;
    private final DeploytrackConfig config;
    private final Report findings;
    private final Cost cost;
    private final Registry registry;

    SiteReport(Sink sink, Path root, DeploytrackConfig config, Report findings, Cost cost, Registry registry) {
        super(sink);
        this.root = root;
        this.config = config;
        this.findings = findings;
        this.cost = cost;
        this.registry = registry;
    }

    @Override
    public String getTitle() {
        return "deploytrack";
    }

    @Override
    protected void renderBody() {
        startSection("deploytrack");
        paragraph("The agent configuration of " + (root.getFileName() == null ? root : root.getFileName())
                + ": " + findings.summary().describe() + ". The goals validate and cost-check gate the build; "
                + "this page only reports.");
        findingsSection();
        tokensSection();
        costSection();
        registrySection();
        endSection();
    }

    private void findingsSection() {
        startSection("Validation findings");
        if (findings.findings().isEmpty()) {
            paragraph("No findings in " + findings.summary().files() + " files.");
        } else {
            startTable();
            tableHeader(new String[] {"Severity", "Location", "Rule", "Message"});
            for (Finding finding : findings.findings()) {
                tableRow(new String[] {finding.severity().name().toLowerCase(Locale.ROOT),
                        finding.path() + ":" + finding.line() + ":" + finding.column(), finding.ruleId(),
                        finding.message() + (finding.hint() == null ? "" : " Hint: " + finding.hint())});
            }
            endTable();
        }
        endSection();
    }

    private void tokensSection() {
        startSection("Token budgets");
        TokenSettings tokens = config.tokens();
        startTable();
        tableHeader(new String[] {"Budget", "Setting", "Tokens"});
        tableRow(new String[] {"The context every call loads", "tokens.always-loaded",
                tokens.alwaysLoaded() > 0 ? Integer.toString(tokens.alwaysLoaded()) : "none"});
        tableRow(new String[] {"Each skill's body", "tokens.skill-body", Integer.toString(tokens.skillBody())});
        tableRow(new String[] {"Each skill's name and description", "tokens.skill-metadata",
                Integer.toString(tokens.skillMetadata())});
        for (TokenBudget budget : tokens.files()) {
            tableRow(new String[] {budget.files().pattern(), "tokens.files", Integer.toString(budget.max())});
        }
        endTable();
        List<Finding> budgetFindings = findings.findings().stream()
                .filter(finding -> TokenRules.ALL.contains(finding.rule())).toList();
        paragraph(budgetFindings.isEmpty() ? "Every text is within its budget."
                : budgetFindings.size() + " finding(s) about budgets, listed under Validation findings ("
                + String.join(", ", budgetFindings.stream().map(f -> f.path() + ":" + f.line()).toList()) + ").");
        endSection();
    }

    private void costSection() {
        startSection("Cost projection");
        if (cost.problem() != null) {
            paragraph("No projection: " + cost.problem());
        } else if (cost.report().projections().isEmpty()) {
            paragraph("No environments to project (environments/NAME/budget-limits.yaml).");
        } else {
            paragraph(cost.report().summary() + ".");
            startTable();
            tableHeader(new String[] {"Environment", "Status", "Per day", "Daily limit", "Per month",
                    "Monthly limit"});
            for (Projection projection : cost.report().projections()) {
                tableRow(new String[] {projection.environment(), projection.level().label(),
                        Money.usd(projection.daily()), limit(projection, "daily"), Money.usd(projection.monthly()),
                        limit(projection, "monthly")});
            }
            endTable();
        }
        endSection();
    }

    private static String limit(Projection projection, String period) {
        for (Projection.LimitCheck check : projection.checks()) {
            if (check.period().equals(period)) {
                return Money.usd(check.limit()) + " (" + check.percent().toPlainString() + "%)";
            }
        }
        return "-";
    }

    private void registrySection() {
        startSection("Deployment registry");
        if (registry.problem() != null) {
            paragraph(registry.problem());
        } else if (registry.registry() == null) {
            paragraph("No registry at " + registry.displayName() + ".");
        } else {
            dev.deploytrack.registry.Registry content = registry.registry();
            paragraph(registry.displayName() + ": " + content.projects().size() + " project(s), "
                    + content.history().size() + " deployment record(s).");
            startTable();
            tableHeader(new String[] {"Project", "Environment", "Agent", "Version", "Deployed"});
            for (ProjectEntry project : content.projects()) {
                for (AgentDeployment agent : project.agents()) {
                    tableRow(new String[] {project.name(), agent.environment(), agent.id(), agent.version(),
                            agent.deployedAt()});
                }
            }
            endTable();
        }
        endSection();
    }
}
