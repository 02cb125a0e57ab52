package dev.deploytrack.codex;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.mcp.McpClient;
import dev.deploytrack.mcp.McpServers;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads each .codex/config.toml once and runs its rules; then checks how Codex assembles the AGENTS.md files. */
final class CodexCheck implements Check {

    private static final long DEFAULT_LIMIT = 32_768;

    @Override
    public void run(CheckContext context) {
        long limit = DEFAULT_LIMIT;
        for (String path : context.agentFiles().ofType(FileType.CODEX_CONFIG)) {
            Optional<CodexConfig> config = config(context, path);
            if (config.isPresent() && path.equals(".codex/config.toml")) {
                JsonTree max = config.get().root().get("project_doc_max_bytes");
                if (max != null && max.is(JsonTree.Kind.NUMBER) && max.text.matches("\\d{1,18}")) {
                    limit = Long.parseLong(max.text);
                }
            }
        }
        List<String> agents = context.agentFiles().ofType(FileType.AGENTS_MD);
        if (!agents.isEmpty()) {
            agents(context, agents, limit);
        }
    }

    /** Reads and checks one config.toml (in scope) or reads it as context (out of scope). */
    private static Optional<CodexConfig> config(CheckContext context, String path) {
        Optional<CodexConfig> read = context.text(path).map(text -> new CodexConfig(path,
                TomlTree.parse(text.text())));
        if (read.isEmpty() || !context.workspace().inScope(path)) {
            return read.filter(config -> config.parsed().ok() && config.root().is(JsonTree.Kind.OBJECT));
        }
        CodexConfig config = read.get();
        try {
            FileRule.runAll(CodexFeature.Config.PARSE, config, context);
            if (!config.parsed().ok()) {
                return Optional.empty();
            }
            FileRule.runAll(CodexFeature.Config.RULES, config, context);
            JsonTree servers = config.root().get("mcp_servers");
            if (servers != null) {
                McpServers.check(context, path, McpClient.CODEX, "mcp_servers", servers,
                        CodexFeature.Servers.RULES);
            }
        } catch (RuntimeException e) {
            context.reportInternalError(path, e);
        }
        return read;
    }

    private static void agents(CheckContext context, List<String> paths, long limit) {
        Map<String, String> chosen = new HashMap<>();
        for (String path : paths) {
            String dir = parent(path);
            if (path.endsWith("AGENTS.override.md") || !chosen.containsKey(dir)) {
                chosen.put(dir, path);
            }
        }
        Map<String, Long> sizes = new HashMap<>();
        for (String path : paths) {
            if (!context.workspace().inScope(path)) {
                continue;
            }
            String dir = parent(path);
            String read = chosen.get(dir);
            String shadowedBy = read.equals(path) ? null : read;
            long parentBytes = 0;
            for (String up = dir; !up.isEmpty(); ) {
                up = parent(up);
                String above = chosen.get(up);
                if (above != null) {
                    parentBytes += size(context, above, sizes);
                }
            }
            AgentsFile file = new AgentsFile(path, shadowedBy, parentBytes + size(context, path, sizes), parentBytes,
                    limit);
            FileRule.runAll(CodexFeature.Agents.RULES, file, context);
        }
    }

    private static long size(CheckContext context, String path, Map<String, Long> sizes) {
        return sizes.computeIfAbsent(path, p -> {
            try {
                return context.workspace().size(p);
            } catch (IOException e) {
                return 0L; // file-unreadable is reported when the file is read
            }
        });
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
