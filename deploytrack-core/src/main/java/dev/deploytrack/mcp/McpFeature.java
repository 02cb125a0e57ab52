package dev.deploytrack.mcp;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MCP server configurations of every client: the file rules ({@link McpRules}) and one list of server rules, which
 * every client's check runs on the servers its files declare ({@link McpServers}).
 */
public final class McpFeature implements Feature {

    /** The server rules, loaded when a run first meets an MCP server. */
    public static final class Servers {
        public static final List<FileRule<McpServer>> RULES = List.of(new McpSchema(), new McpArgsType(),
                new McpUrlWithoutType(), new McpType(), new McpSseDeprecated(), new McpReservedName(),
                new McpServerNameChars(), new McpWhitespace(), new McpLiteralSecret(), new McpRemotePlainHttp(),
                new McpUnpinnedPackage());

        private Servers() {
        }
    }

    @Override
    public String name() {
        return "MCP";
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(McpRules.ALL);
        rules.addAll(FileRule.rulesOf(Servers.RULES));
        return rules;
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new McpConfigCheck());
    }

    @Override
    public Map<String, String> sample() {
        return Map.of(".mcp.json", "{\"mcpServers\": {\"gh\": {\"command\": \"npx\", \"args\": [\"-y\", \"x\"], "
                + "\"env\": {\"GITHUB_TOKEN\": \"${GITHUB_TOKEN}\"}}, \"docs\": {\"type\": \"http\", "
                + "\"url\": \"https://example.com/mcp\"}}}\n",
                ".cursor/mcp.json", "{\"mcpServers\": {\"docs\": {\"url\": \"http://docs.example.com/mcp\"}}}\n");
    }
}
