package dev.deploytrack.codex;

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
 * Codex CLI: .codex/config.toml (read with a TOML library only when a run has one) and its mcp_servers tables, which
 * also go to the MCP feature's server rules; and how Codex assembles AGENTS.md files.
 */
public final class CodexFeature implements Feature {

    /* One holder class per kind: a run without such files loads none of their rule classes. */

    /** config.toml as a whole. */
    static final class Config {
        static final List<FileRule<CodexConfig>> PARSE = List.of(new CodexConfigToml());
        static final List<FileRule<CodexConfig>> RULES = List.of(new CodexConfigValue(), new CodexConfigUnknownKey());
    }

    /** Codex's own rules on each of its MCP servers. */
    static final class Servers {
        static final List<FileRule<McpServer>> RULES = List.of(new CodexMcpTransport(), new CodexMcpTransportField(),
                new CodexMcpBearerTokenInline(), new CodexMcpFieldType());
    }

    /** AGENTS.md and AGENTS.override.md. */
    static final class Agents {
        static final List<FileRule<AgentsFile>> RULES = List.of(new CodexAgentsOverrideShadows(),
                new CodexAgentsChainSize());
    }

    @Override
    public String name() {
        return "Codex";
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (List<? extends FileRule<?>> kind : List.of(Config.PARSE, Config.RULES, Servers.RULES, Agents.RULES)) {
            rules.addAll(FileRule.rulesOf(kind));
        }
        return rules;
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new CodexCheck());
    }

    @Override
    public Map<String, String> sample() {
        // No config.toml here: the sample is what the launcher's class-loading training run validates, and JDK 25
        // loads every class of its AOT cache at each start. The TOML parser (jackson-dataformat-toml and the
        // databind classes it pulls in, some 400 classes) would then be loaded by every pre-commit hook run, though
        // only a commit with a config.toml needs it (bench/tokens/hook-before-after.sh: +20% on JDK 25 with it).
        return Map.of("AGENTS.override.md", "# Local\n\nRun make.\n");
    }
}
