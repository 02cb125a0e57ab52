package dev.deploytrack.claude;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.claude.hooks.HookStructure;
import dev.deploytrack.discovery.ClaudePlugin;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.discovery.Tool;
import dev.deploytrack.frontmatter.FrontmatterFeature;
import dev.deploytrack.frontmatter.FrontmatterRead;
import dev.deploytrack.frontmatter.FrontmatterReader;
import dev.deploytrack.frontmatter.Reading;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.mcp.McpClient;
import dev.deploytrack.mcp.McpServers;
import dev.deploytrack.skills.SkillFile;
import dev.deploytrack.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Checks every file Claude Code loads: subagents, slash commands, the Claude Code fields of skills, rules, settings,
 * hooks wherever they are declared, plugin manifests, marketplaces and CLAUDE.md. Each file is read once, as Claude
 * Code reads it, and handed to the rule classes {@link ClaudeCodeFeature} registers for its kind. When a file cannot
 * be read (invalid frontmatter or JSON), only that finding is reported for it.
 */
final class ClaudeCodeCheck implements Check {

    private final ClaudeSettings settings;

    ClaudeCodeCheck(ClaudeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void run(CheckContext context) {
        if (!hasClaudeFiles(context)) {
            return;
        }
        ClaudeProject project = ClaudeProject.of(context, settings);
        List<ClaudeMarkdown> markdown = new ArrayList<>();
        context.forEachText(context.agentFiles().ofType(FileType.CLAUDE_AGENT), (path, text) ->
                agent(context, markdown(path, FileType.CLAUDE_AGENT, text, project)));
        context.forEachText(context.agentFiles().ofType(FileType.CLAUDE_COMMAND), (path, text) ->
                command(context, markdown(path, FileType.CLAUDE_COMMAND, text, project)));
        context.forEachText(context.agentFiles().ofType(FileType.CLAUDE_RULE), (path, text) ->
                rule(context, markdown(path, FileType.CLAUDE_RULE, text, project)));
        for (SkillFile skill : context.agentFiles().skills()) {
            if (context.agentFiles().readers(skill).contains(Tool.CLAUDE_CODE)) {
                context.forEachText(List.of(skill.path()), (path, text) -> skill(context, path, text, project));
            }
        }
        for (FileType type : new FileType[] {FileType.CLAUDE_SETTINGS, FileType.CLAUDE_HOOKS,
            FileType.CLAUDE_PLUGIN, FileType.CLAUDE_MARKETPLACE}) {
            context.forEachText(context.agentFiles().ofType(type), (path, text) -> json(context,
                    new ClaudeJson(path, type, context.json(path, JsonFiles.Dialect.JSON_PARSE).orElseThrow(),
                            context.agentFiles().pluginOf(path).orElse(pluginWithManifest(context, path)),
                            project)));
        }
        context.forEachText(context.agentFiles().ofType(FileType.CLAUDE_MD), (path, text) ->
                FileRule.runAll(ClaudeCodeFeature.Memory.RULES, new ClaudeMemory(path, text, project), context));
        for (ClaudePlugin plugin : context.agentFiles().plugins()) {
            if (plugin.manifest() == null || context.workspace().inScope(plugin.manifest())) {
                FileRule.runAll(ClaudeCodeFeature.Plugins.RULES, new PluginLayout(plugin, project), context);
            }
        }
    }

    private static boolean hasClaudeFiles(CheckContext context) {
        for (FileType type : new FileType[] {FileType.CLAUDE_AGENT, FileType.CLAUDE_COMMAND, FileType.CLAUDE_RULE,
            FileType.CLAUDE_SETTINGS, FileType.CLAUDE_HOOKS, FileType.CLAUDE_PLUGIN, FileType.CLAUDE_MARKETPLACE,
            FileType.CLAUDE_MD}) {
            if (!context.agentFiles().ofType(type).isEmpty()) {
                return true;
            }
        }
        for (SkillFile skill : context.agentFiles().skills()) {
            if (context.agentFiles().readers(skill).contains(Tool.CLAUDE_CODE)) {
                return true;
            }
        }
        return false;
    }

    private static ClaudePlugin pluginWithManifest(CheckContext context, String manifest) {
        for (ClaudePlugin plugin : context.agentFiles().plugins()) {
            if (manifest.equals(plugin.manifest())) {
                return plugin;
            }
        }
        return null;
    }

    private static ClaudePlugin pluginContaining(CheckContext context, String path) {
        ClaudePlugin found = null;
        for (ClaudePlugin plugin : context.agentFiles().plugins()) {
            if (plugin.contains(path) && (found == null || plugin.root().length() > found.root().length())) {
                found = plugin;
            }
        }
        return found;
    }

    private static ClaudeMarkdown markdown(String path, FileType type, SourceText text, ClaudeProject project) {
        return new ClaudeMarkdown(path, type, text, FrontmatterReader.read(text, Reading.CLAUDE_CODE),
                project.files().pluginOf(path).orElse(null), project);
    }

    private void agent(CheckContext context, ClaudeMarkdown agent) {
        FileRule.runAll(FrontmatterFeature.Rules.ALL, agent, context);
        if (agent.frontmatter().hasFields()) {
            FileRule.runAll(ClaudeCodeFeature.Agents.RULES, agent, context);
            if (!agent.inPlugin()) { // plugin agents' hooks are ignored: claude-agent-plugin-ignored-field
                frontmatterHooks(context, agent, HookConfig.Source.AGENT);
            }
        }
    }

    private void command(CheckContext context, ClaudeMarkdown command) {
        FileRule.runAll(FrontmatterFeature.Rules.ALL, command, context);
        if (command.frontmatter().hasFields()) {
            FileRule.runAll(ClaudeCodeFeature.Skills.RULES, command, context);
            frontmatterHooks(context, command, HookConfig.Source.SKILL);
        }
    }

    private void rule(CheckContext context, ClaudeMarkdown rule) {
        if (rule.frontmatter().outcome() != FrontmatterRead.Outcome.MISSING) {
            FileRule.runAll(FrontmatterFeature.Rules.ALL, rule, context);
        }
        if (rule.frontmatter().hasFields()) {
            FileRule.runAll(ClaudeCodeFeature.RuleFiles.RULES, rule, context);
        }
    }

    /** A skill Claude Code loads: its frontmatter findings are the skill check's; here its Claude Code fields. */
    private void skill(CheckContext context, String path, SourceText text, ClaudeProject project) {
        SkillFile file = null;
        for (SkillFile candidate : context.agentFiles().skills()) {
            if (candidate.path().equals(path)) {
                file = candidate;
            }
        }
        Reading reading = project.reading(file);
        FrontmatterRead read = FrontmatterReader.read(text, reading);
        if (!read.hasFields()) {
            return;
        }
        ClaudeMarkdown skill = new ClaudeMarkdown(path, FileType.SKILL, text, read, pluginContaining(context, path),
                project);
        FileRule.runAll(ClaudeCodeFeature.Skills.RULES, skill, context);
        frontmatterHooks(context, skill, HookConfig.Source.SKILL);
    }

    private void frontmatterHooks(CheckContext context, ClaudeMarkdown file, HookConfig.Source source) {
        Optional<Node> hooks = file.field("hooks");
        if (hooks.isPresent()) {
            FileRule.runAll(ClaudeCodeFeature.Hooks.RULES, new HookConfig(file.path(), JsonTree.fromYaml(hooks.get(), 2), source,
                    file.plugin(), file.project()), context);
        }
    }

    private void json(CheckContext context, ClaudeJson file) {
        FileRule.runAll(ClaudeCodeFeature.Json.RULES, file, context);
        if (!file.parsed().ok() || !file.root().is(JsonTree.Kind.OBJECT)) {
            return;
        }
        switch (file.type()) {
            case CLAUDE_SETTINGS -> {
                FileRule.runAll(ClaudeCodeFeature.SettingsFiles.RULES, file, context);
                hooks(context, file, HookConfig.Source.SETTINGS);
            }
            case CLAUDE_HOOKS -> {
                JsonTree hooks = file.get("hooks");
                if (hooks == null) {
                    context.report(HookStructure.RULE, file.path(), 1, 1, "the hooks file has no "
                            + "'hooks' object, so it declares no hooks", "wrap the events: {\"hooks\": {...}}");
                } else {
                    hooks(context, file, HookConfig.Source.PLUGIN);
                }
            }
            case CLAUDE_PLUGIN -> {
                FileRule.runAll(ClaudeCodeFeature.Manifests.RULES, file, context);
                JsonTree hooks = file.get("hooks");
                if (hooks != null && hooks.is(JsonTree.Kind.OBJECT)) {
                    hooks(context, file, HookConfig.Source.PLUGIN);
                }
                JsonTree servers = file.get("mcpServers");
                if (servers != null && servers.is(JsonTree.Kind.OBJECT)) {
                    McpServers.check(context, file.path(), McpClient.CLAUDE_CODE, "mcpServers", servers);
                }
            }
            case CLAUDE_MARKETPLACE -> FileRule.runAll(ClaudeCodeFeature.Marketplaces.RULES, file, context);
            default -> {
                // no other JSON type is read here
            }
        }
    }

    private void hooks(CheckContext context, ClaudeJson file, HookConfig.Source source) {
        JsonTree hooks = file.get("hooks");
        if (hooks != null) {
            FileRule.runAll(ClaudeCodeFeature.Hooks.RULES, new HookConfig(file.path(), hooks, source, file.plugin(), file.project()),
                    context);
        }
    }
}
