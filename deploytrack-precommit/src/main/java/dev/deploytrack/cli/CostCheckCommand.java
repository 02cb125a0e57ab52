package dev.deploytrack.cli;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.cost.CostCheck;
import dev.deploytrack.cost.CostReport;
import dev.deploytrack.cost.CostReportWriter;
import dev.deploytrack.cost.UnknownEnvironmentException;
import dev.deploytrack.report.ReportFormat;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code deploytrack cost-check}: projects each environment's spend and gates it against its limits. */
final class CostCheckCommand implements Command {

    @Override
    public String name() {
        return "cost-check";
    }

    @Override
    public String summary() {
        return "project each environment's spend and fail when it reaches its limits";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar cost-check [OPTIONS] [PATH]

                Projects the daily and monthly spend of every environment (environments/NAME/) of the
                repository at PATH (default: the current directory) from its always-loaded context, triggered
                skills, the workload model (cost: in deploytrack.yml), model overrides and prices, and compares
                it with environments/NAME/budget-limits.yaml: 70% and 90% of a limit warn, 100% fails.
                Writes deploytrack-cost-check.txt, .json and .md to the output directory and appends the
                Markdown to $GITHUB_STEP_SUMMARY when it is set.

                Options:
                  --env NAME          check only this environment
                  --config FILE       read this configuration instead of PATH/deploytrack.yml
                  --format FORMAT     what to print: text (default), json or markdown
                  --output-dir DIR    where report files go (default: PATH/target/deploytrack)
                  -h, --help          show this help

                Exit status: 0 within limits (warnings allowed), 1 a limit is reached, 2 usage or
                configuration error (a malformed price, budget or override file, an unknown model, agent,
                skill or environment: named with file and line).
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--help"),
                Set.of("--env", "--config", "--format", "--output-dir"));
        String formatName = arguments.value("--format", "text");
        ReportFormat format = ReportFormat.parse(formatName).filter(CostReportWriter.FORMATS::contains)
                .orElseThrow(() -> new UsageException("unknown format '" + formatName
                        + "'; use text, json or markdown"));
        Path root = console.resolve(arguments.singleOperand("PATH", "."));
        if (!Files.isDirectory(root)) {
            throw new UsageException(root + " is not a directory");
        }
        String outputDir = arguments.value("--output-dir");
        Path output = outputDir == null ? root.resolve("target").resolve("deploytrack") : console.resolve(outputDir);
        String configOption = arguments.value("--config");
        try {
            DeploytrackConfig config = ConfigLoader.load(root, configOption == null ? null
                    : console.resolve(configOption));
            CostReport report = new CostCheck(config, Vocabularies.shared(), LocalDate.now())
                    .run(root, arguments.value("--env"));
            Writer out = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
            CostReportWriter.write(report, format, out);
            out.flush();
            for (Path file : CostReportWriter.writeAll(report, output, console.environment())) {
                if (format == ReportFormat.TEXT) {
                    console.out().println("Report written to " + file);
                }
            }
            return report.failed() ? Exit.FINDINGS : Exit.OK;
        } catch (ConfigException e) {
            e.problems().forEach(problem -> console.err().println(problem));
            console.error("the cost inputs are invalid; nothing was projected");
            return Exit.USAGE;
        } catch (UnknownEnvironmentException e) {
            console.error(e.problem().in(CommandLineWording.INSTANCE));
            return Exit.USAGE;
        } catch (IOException e) {
            console.error(e.getMessage());
            return Exit.USAGE;
        }
    }
}
