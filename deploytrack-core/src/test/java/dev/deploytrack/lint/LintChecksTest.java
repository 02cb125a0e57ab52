package dev.deploytrack.lint;

import static dev.deploytrack.validate.TempRepo.brief;
import static dev.deploytrack.validate.TempRepo.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.Severity;
import dev.deploytrack.validate.TempRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintChecksTest {

    @TempDir
    Path dir;

    private TempRepo repo() {
        return new TempRepo(dir);
    }

    @Test
    void validMcpConfigsPass() {
        Report report = repo()
                .write(".mcp.json", "{\"mcpServers\": {\"gh\": {\"command\": \"npx\", \"args\": [\"-y\", \"x@1.0.0\"], "
                        + "\"env\": {\"T\": \"${T}\"}}, \"remote\": {\"type\": \"http\", \"url\": \"https://x\"}}}")
                .write(".vscode/mcp.json", "{\n  // VS Code reads JSONC\n  \"servers\": {\"a\": {\"command\": \"a\",},},\n}")
                .validate();
        assertEquals(List.of(), brief(report));
    }

    @Test
    void invalidJsonIsReportedAtLineAndColumn() {
        Report report = repo().write(".mcp.json", "{\n  \"mcpServers\": {\n    \"a\": {\"command\": 'npx'}\n  }\n}")
                .validate();
        Finding finding = single(report, "mcp-json");
        assertEquals(3, finding.line());
        assertEquals(22, finding.column());
        assertTrue(finding.hint().contains("double quotes"), finding.hint());
    }

    @Test
    void commentsAreOnlyAllowedInVsCodeConfig() {
        Report report = repo().write(".cursor/mcp.json", "{ // comment\n \"mcpServers\": {}}").validate();
        assertTrue(single(report, "mcp-json").hint().contains("comments"));
    }

    @Test
    void duplicateServerNamesAreAnError() {
        Report report = repo().write(".mcp.json", "{\"mcpServers\": {\"a\": {\"command\": \"x\"}, "
                + "\"a\": {\"command\": \"y\"}}}").validate();
        assertTrue(single(report, "mcp-json").message().contains("Duplicate field 'a'"));
    }

    @Test
    void longTokensInJsonErrorsAreCutSoNoSecretIsPrinted() {
        String token = "sk" + "-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z";
        Report report = repo().write(".mcp.json", "{\"mcpServers\": {\"a\": {\"env\": {\"K\": " + token + "}}}}")
                .validate();
        Finding finding = single(report, "mcp-json");
        assertFalse(finding.message().contains(token.substring(4)), finding.message());
    }

    @Test
    void serverShapeIsChecked() {
        Report report = repo().write(".mcp.json", """
                {"mcpServers": {
                  "none": {"args": ["x"]},
                  "typed": {"command": 3, "args": "x", "env": {"A": 1}},
                  "list": []
                }}""").validate();
        assertEquals(List.of(".mcp.json:2:11 mcp-schema", ".mcp.json:3:24 mcp-schema", ".mcp.json:3:35 mcp-args-type",
                ".mcp.json:3:53 mcp-schema", ".mcp.json:4:11 mcp-schema"), brief(report));
    }

    @Test
    void configWithoutServersIsAWarning() {
        Report report = repo().write("claude_desktop_config.json", "{\"mcpServer\": {}}").validate();
        assertEquals(List.of("claude_desktop_config.json:1:1 mcp-no-servers"), brief(report));
        assertFalse(report.hasErrors());
    }

    @Test
    void emptyOrNonObjectConfigIsAnError() {
        assertEquals(List.of(".mcp.json:1:1 mcp-json"), brief(repo().write(".mcp.json", "  ").validate()));
        assertEquals(List.of(".mcp.json:1:1 mcp-schema"), brief(repo().write(".mcp.json", "[]").validate()));
    }

    @Test
    void environmentYamlMustParse() {
        Report report = repo().write("environments/prod/budget-limits.yaml", "daily: 10\nmonthly: [1\n").validate();
        Finding finding = single(report, "yaml-syntax");
        assertEquals("environments/prod/budget-limits.yaml", finding.path());
        assertTrue(finding.line() >= 2, "line " + finding.line());
    }

    @Test
    void agentDefinitionsAreReadAsClaudeCodeReadsThem() {
        Report report = repo()
                .write(".claude/agents/ok.md", "---\nname: ok\ndescription: Use for reviews.\n---\nYou review.\n")
                .write(".claude/agents/nodesc.md", "---\nname: nodesc\n---\n")
                .write(".claude/agents/blank.md", "---\nname: ''\ndescription: d\n---\n")
                .write(".claude/agents/plain.md", "You are an agent.\n")
                .write(".claude/agents/bad.md", "---\nname: bad\ndescription: a: b\n---\n")
                .validate();
        // agent-frontmatter was one rule for four causes; each cause is now its own finding, at Claude Code's severity:
        // an unquoted ': ' that Claude Code's repair reads is a warning, not invalid YAML.
        assertEquals(List.of(".claude/agents/bad.md:3:14 frontmatter-not-strict-yaml",
                ".claude/agents/blank.md:1:1 claude-agent-name-missing",
                ".claude/agents/nodesc.md:2:1 claude-agent-description-missing",
                ".claude/agents/plain.md:1:1 frontmatter-missing"), brief(report));
        assertEquals(List.of(Severity.WARNING, Severity.WARNING, Severity.ERROR, Severity.WARNING),
                report.findings().stream().map(Finding::severity).toList());
    }

    @Test
    void aRepositoryThatSwitchedOffTheRetiredAgentFrontmatterKeepsItOffWithAWarning() throws Exception {
        TempRepo repo = repo()
                .write("deploytrack.yml", "rules:\n  agent-frontmatter: off\n")
                .write(".claude/agents/nodesc.md", "---\nname: nodesc\n---\n")
                .write(".claude/agents/blank.md", "---\nname: ''\ndescription: d\n---\n");
        Report report = repo.validate(ConfigLoader.load(repo.root(), null));
        assertEquals(List.of("deploytrack.yml:2:3 config-rule-retired"), brief(report));
        assertEquals(Severity.WARNING, report.findings().get(0).severity());
        assertTrue(report.findings().get(0).message().contains("claude-agent-description-missing"),
                report.findings().get(0).message());
    }

    @Test
    void requiredSectionsAreCheckedWithCommonmark() throws Exception {
        DeploytrackConfig config = ConfigLoader.parse("""
                markdown:
                  required-sections:
                    - files: AGENTS.md
                      headings: [Setup, Testing]
                """, "deploytrack.yml");
        Report report = repo()
                .write("AGENTS.md", "# Agents\n\n## setup  \n\nText\n\n```\n## Testing\n```\n")
                .write("services/api/AGENTS.md", "Setup\n=====\n\n### `Testing`\n")
                .validate(config);
        Finding missing = single(report, "markdown-required-section");
        assertEquals("AGENTS.md", missing.path());
        assertTrue(missing.message().contains("'Testing'"), missing.message());
    }

    @Test
    void emptyInstructionFileIsAWarning() {
        Report report = repo().write("CLAUDE.md", "\n  \n").write("AGENTS.md", "# ok\n").validate();
        assertEquals(List.of("CLAUDE.md:1:1 instructions-empty"), brief(report));
    }

    @Test
    void theSummaryCountsEveryAgentFileItChecked() {
        Report report = repo()
                .write("plugins/tools/.claude-plugin/plugin.json", "{\"name\": \"tools\"}")
                .write("plugins/tools/agents/triager.md", "---\nname: triager\ndescription: Triages.\n---\nGo.\n")
                .write("plugins/tools/agents/sub/router.md", "---\nname: router\ndescription: Routes.\n---\nGo.\n")
                .write("plugins/tools/commands/triage.md", "---\ndescription: Triage\n---\nGo.\n")
                .write("plugins/tools/hooks/hooks.json", "{\"hooks\": {}}")
                .write(".claude/settings.json", "{}")
                .write("CLAUDE.md", "# Project\n\nUse make.\n")
                .write("README.md", "# Project\n")
                .write("src/App.java", "class App {}\n")
                .validate();
        assertEquals(List.of(), brief(report));
        assertEquals(List.of(".claude/settings.json", "CLAUDE.md", "plugins/tools/.claude-plugin/plugin.json",
                "plugins/tools/agents/sub/router.md", "plugins/tools/agents/triager.md",
                "plugins/tools/commands/triage.md", "plugins/tools/hooks/hooks.json"), report.checkedFiles());
        assertEquals("0 errors, 0 warnings, 0 notes in 7 files", report.summary().describe());
    }
}
