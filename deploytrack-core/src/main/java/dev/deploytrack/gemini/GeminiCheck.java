package dev.deploytrack.gemini;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.mcp.McpClient;
import dev.deploytrack.mcp.McpServers;

/** Reads each Gemini CLI file once, as Gemini CLI reads it, and runs the rules of its kind. */
final class GeminiCheck implements Check {

    @Override
    public void run(CheckContext context) {
        context.forEachText(context.agentFiles().ofType(FileType.GEMINI_SETTINGS), (path, text) ->
                json(context, new GeminiJson(path, FileType.GEMINI_SETTINGS, JsonFiles.parse(text.text(),
                        JsonFiles.Dialect.JSON_COMMENTS))));
        context.forEachText(context.agentFiles().ofType(FileType.GEMINI_EXTENSION), (path, text) ->
                json(context, new GeminiJson(path, FileType.GEMINI_EXTENSION, JsonFiles.parse(text.text(),
                        JsonFiles.Dialect.JSON_PARSE))));
        context.forEachText(context.agentFiles().ofType(FileType.GEMINI_MD), (path, text) ->
                FileRule.runAll(GeminiFeature.Memory.RULES, GeminiMemory.of(path, text, context), context));
    }

    private static void json(CheckContext context, GeminiJson file) {
        FileRule.runAll(GeminiFeature.Parse.RULES, file, context);
        if (!file.isObject()) {
            return;
        }
        FileRule.runAll(file.type() == FileType.GEMINI_SETTINGS ? GeminiFeature.SettingsFiles.RULES
                : GeminiFeature.Extensions.RULES, file, context);
        JsonTree servers = file.get("mcpServers");
        // In settings, gemini-settings-schema already reports servers that are not an object (one cause, one finding)
        if (servers != null && (file.type() != FileType.GEMINI_SETTINGS || servers.is(JsonTree.Kind.OBJECT))) {
            McpServers.check(context, file.path(), McpClient.GEMINI, "mcpServers", servers,
                    GeminiFeature.Servers.RULES);
        }
    }
}
