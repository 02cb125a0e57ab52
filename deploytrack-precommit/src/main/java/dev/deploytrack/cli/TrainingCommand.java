package dev.deploytrack.cli;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.workspace.MemoryWorkspace;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code deploytrack cds-training}: the launcher runs this once, in the background, to record which classes a typical
 * run loads into the class-data-sharing archive (or JDK 25's AOT cache). It validates a small repository held in
 * memory, touching the same code as a pre-commit run, and writes nothing.
 */
final class TrainingCommand implements Command {

    private static final Map<String, String> SAMPLE = Map.of(
            "deploytrack.yml", "strict: false\nskills:\n  allowed-fields: [argument-hint]\n",
            "AGENTS.md", "# Agents\n\n## Setup\n\nRun make.\n",
            ".claude/skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs. Use for PDFs.\n"
                    + "metadata:\n  version: \"1\"\n---\n# PDF\n"
                    // A body over 5,000 bytes, so the token budget's vocabulary-free bound runs too.
                    + "Extract the text of each page, then the tables, then fill the form fields.\n".repeat(80),
            ".claude/skills/bad/SKILL.md", "---\nname: Bad_Name\ndescription: a: b\n---\n",
            ".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews.\n---\nReview.\n",
            ".mcp.json", "{\"mcpServers\": {\"gh\": {\"command\": \"npx\", \"args\": [\"x\"]}}}\n",
            "environments/prod/budget-limits.yaml", "daily_limit_usd: 10\n",
            "src/App.java", "class App { String url = \"https://example.com\"; }\n",
            ".env", "DATABASE_URL=${DATABASE_URL}\nOPENAI_API_KEY=your_api_key_here\nLOG_LEVEL=debug\n");

    @Override
    public String name() {
        return "cds-training";
    }

    @Override
    public boolean hidden() {
        return true;
    }

    @Override
    public String summary() {
        return "internal: the launcher's class-loading training run";
    }

    @Override
    public String help() {
        return "Usage: java -jar deploytrack.jar cds-training\n\nInternal: used by bin/deploytrack to build its "
                + "class-data-sharing archive. Checks a sample held in memory and prints nothing.\n";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        try {
            DeploytrackConfig config = ConfigLoader.parse(SAMPLE.get("deploytrack.yml"), "deploytrack.yml");
            Report report = new Validator(config).validate(MemoryWorkspace.of(console.workingDirectory(), SAMPLE));
            ReportFormat.TEXT.renderer("pre-commit").render(report, new StringWriter());
            return Exit.OK;
        } catch (ConfigException | IOException e) {
            console.error("training run failed: " + e.getMessage());
            return Exit.USAGE;
        }
    }
}
