package dev.deploytrack.lint;

import static dev.deploytrack.report.Severity.ERROR;
import static dev.deploytrack.report.Severity.WARNING;

import dev.deploytrack.report.Rule;
import java.util.List;

/** Rules for agent configuration files other than skills: MCP configs, YAML, Markdown, agent definitions. */
public final class LintRules {

    public static final Rule MCP_JSON = Rule.of("mcp-json", ERROR,
            "MCP configuration is valid JSON",
            "MCP server configurations must be valid JSON (VS Code's .vscode/mcp.json may also hold comments and "
                    + "trailing commas, as VS Code reads it as JSONC).");
    public static final Rule MCP_SCHEMA = Rule.of("mcp-schema", ERROR,
            "MCP servers are well formed",
            "Each MCP server is an object with a 'command' (a local process) or a 'url' (a remote server); 'args' "
                    + "is a list of strings, 'env' and 'headers' map names to strings.");
    public static final Rule MCP_NO_SERVERS = Rule.of("mcp-no-servers", WARNING,
            "MCP configuration declares servers",
            "An MCP configuration without 'mcpServers' (or 'servers' in VS Code) configures nothing; the key is "
                    + "probably misspelled.");
    public static final Rule YAML_SYNTAX = Rule.of("yaml-syntax", ERROR,
            "YAML configuration is valid",
            "deploytrack.yml and the YAML files under environments/ must be valid YAML.");
    public static final Rule MARKDOWN_REQUIRED_SECTION = Rule.of("markdown-required-section", ERROR,
            "required Markdown sections are present",
            "Files matched by markdown.required-sections in deploytrack.yml must contain each listed heading.");
    public static final Rule AGENT_FRONTMATTER = Rule.of("agent-frontmatter", ERROR,
            "agent definitions have name and description",
            "Agent definitions (.claude/agents/*.md) start with YAML frontmatter holding a 'name' and a "
                    + "'description' that tells the main agent when to delegate to this one.");

    public static final Rule INSTRUCTIONS_EMPTY = Rule.of("instructions-empty", WARNING,
            "instruction files are not empty",
            "An empty AGENTS.md, CLAUDE.md or GEMINI.md tells the agent nothing; write the instructions or delete "
                    + "the file.");

    public static final List<Rule> ALL = List.of(MCP_JSON, MCP_SCHEMA, MCP_NO_SERVERS, YAML_SYNTAX,
            MARKDOWN_REQUIRED_SECTION, AGENT_FRONTMATTER, INSTRUCTIONS_EMPTY);

    private LintRules() {
    }
}
