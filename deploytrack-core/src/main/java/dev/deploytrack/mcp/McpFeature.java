package dev.deploytrack.mcp;

import dev.deploytrack.check.Check;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.List;
import java.util.Map;

/** MCP server configurations of every client. */
public final class McpFeature implements Feature {

    @Override
    public String name() {
        return "MCP";
    }

    @Override
    public List<Rule> rules() {
        return McpRules.ALL;
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new McpConfigCheck());
    }

    @Override
    public Map<String, String> sample() {
        return Map.of(".mcp.json", "{\"mcpServers\": {\"gh\": {\"command\": \"npx\", \"args\": [\"x\"]}, "
                + "\"docs\": {\"url\": \"https://example.com/mcp\"}}}\n");
    }
}
