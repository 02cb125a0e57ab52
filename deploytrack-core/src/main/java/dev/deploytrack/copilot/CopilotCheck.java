package dev.deploytrack.copilot;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.frontmatter.FrontmatterFeature;
import dev.deploytrack.frontmatter.FrontmatterRead;
import dev.deploytrack.frontmatter.FrontmatterReader;
import dev.deploytrack.frontmatter.Reading;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.lint.LintRules;
import dev.deploytrack.mcp.McpClient;
import dev.deploytrack.mcp.McpServers;
import dev.deploytrack.source.SourceText;

/**
 * Reads each Copilot file once and runs the rules of its kind. When frontmatter cannot be read, only that finding is
 * reported for the file (one cause, one finding).
 */
final class CopilotCheck implements Check {

    private static final FileType[] TYPES = {FileType.COPILOT_INSTRUCTIONS, FileType.COPILOT_PATH_INSTRUCTIONS,
        FileType.COPILOT_PROMPT, FileType.COPILOT_AGENT, FileType.COPILOT_CHATMODE};

    @Override
    public void run(CheckContext context) {
        if (!hasCopilotFiles(context)) {
            return;
        }
        CopilotProject project = new CopilotProject(context);
        for (FileType type : TYPES) {
            context.forEachText(context.agentFiles().ofType(type), (path, text) ->
                    check(context, read(path, type, text, project)));
        }
    }

    private static boolean hasCopilotFiles(CheckContext context) {
        for (FileType type : TYPES) {
            if (!context.agentFiles().ofType(type).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static CopilotMarkdown read(String path, FileType type, SourceText text, CopilotProject project) {
        return new CopilotMarkdown(path, type, text, FrontmatterReader.read(text, Reading.STRICT), project);
    }

    private static void check(CheckContext context, CopilotMarkdown file) {
        FrontmatterRead read = file.frontmatter();
        boolean missing = read.outcome() == FrontmatterRead.Outcome.MISSING;
        switch (file.type()) {
            case COPILOT_INSTRUCTIONS -> FileRule.runAll(CopilotFeature.Instructions.RULES, file, context);
            case COPILOT_PATH_INSTRUCTIONS -> {
                if (!missing) {
                    FileRule.runAll(FrontmatterFeature.Rules.ALL, file, context);
                }
                if (missing || read.hasFields()) {
                    FileRule.runAll(CopilotFeature.Instructions.RULES, file, context);
                    if (read.body().isBlank()) {
                        context.report(LintRules.INSTRUCTIONS_EMPTY, file.path(), 1, 1, "the instructions are "
                                + "empty", "write the instructions, or delete the file");
                    }
                }
            }
            case COPILOT_PROMPT -> {
                if (!missing) {
                    FileRule.runAll(FrontmatterFeature.Rules.ALL, file, context);
                }
                if (missing || read.hasFields()) { // the header is optional
                    FileRule.runAll(CopilotFeature.Prompts.RULES, file, context);
                }
            }
            default -> {
                FileRule.runAll(FrontmatterFeature.Rules.ALL, file, context);
                FileRule.runAll(CopilotFeature.AgentFiles.RULES, file, context);
                if (read.hasFields()) {
                    FileRule.runAll(CopilotFeature.Agents.RULES, file, context);
                    file.field("mcp-servers").ifPresent(servers -> McpServers.check(context, file.path(),
                            McpClient.COPILOT_AGENT, "mcp-servers", JsonTree.fromYaml(servers, 2)));
                }
            }
        }
    }
}
