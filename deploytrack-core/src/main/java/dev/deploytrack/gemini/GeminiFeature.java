package dev.deploytrack.gemini;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.mcp.McpServer;
import dev.deploytrack.report.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gemini CLI: .gemini/settings.json (its MCP servers and hooks), extension manifests and GEMINI.md imports. MCP
 * servers also go to the MCP feature's server rules.
 */
public final class GeminiFeature implements Feature {

    /* One holder class per kind: a run without such files loads none of their rule classes. */

    /** Whether a JSON file can be read at all. */
    static final class Parse {
        static final List<FileRule<GeminiJson>> RULES = List.of(new GeminiSettingsJson(), new GeminiExtensionJson());
    }

    /** Settings. */
    static final class SettingsFiles {
        static final List<FileRule<GeminiJson>> RULES = List.of(new GeminiSettingsSchema(), new GeminiHookEvent(),
                new GeminiHookHandler(), new GeminiHookTimeoutUnits());
    }

    /** Extension manifests. */
    static final class Extensions {
        static final List<FileRule<GeminiJson>> RULES = List.of(new GeminiExtensionNameDir(),
                new GeminiExtensionContextFile());
    }

    /** Gemini CLI's own rules on each of its MCP servers. */
    static final class Servers {
        static final List<FileRule<McpServer>> RULES = List.of(new GeminiMcpTransport(),
                new GeminiMcpNameUnderscore(), new GeminiMcpTrust());
    }

    /** GEMINI.md. */
    static final class Memory {
        static final List<FileRule<GeminiMemory>> RULES = List.of(new GeminiImportMissing(), new GeminiImportDepth());
    }

    @Override
    public String name() {
        return "Gemini CLI";
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (List<? extends FileRule<?>> kind : List.of(Parse.RULES, SettingsFiles.RULES, Extensions.RULES,
                Servers.RULES, Memory.RULES)) {
            rules.addAll(FileRule.rulesOf(kind));
        }
        return rules;
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new GeminiCheck());
    }

    @Override
    public Map<String, String> sample() {
        return Map.of(".gemini/settings.json", "{\n  // project settings\n  \"mcpServers\": {\"docs\": {\"httpUrl\": "
                + "\"https://example.com/mcp\"}},\n  \"hooks\": {\"BeforeTool\": [{\"matcher\": \"run_shell\", "
                + "\"hooks\": [{\"type\": \"command\", \"command\": \"./check.sh\", \"timeout\": 5}]}]}\n}\n",
                "extensions/docs/gemini-extension.json", "{\"name\": \"docs\", \"version\": \"1.0.0\", "
                        + "\"contextFileName\": \"GEMINI.md\"}\n",
                "extensions/docs/GEMINI.md", "# Docs\n\n@./guide.md\n");
    }
}
