package dev.deploytrack.claude;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.claude.agents.AgentBypassPermissions;
import dev.deploytrack.claude.agents.AgentDescriptionMissing;
import dev.deploytrack.claude.agents.AgentFieldValue;
import dev.deploytrack.claude.agents.AgentNameDuplicate;
import dev.deploytrack.claude.agents.AgentNameFormat;
import dev.deploytrack.claude.agents.AgentNameInvalid;
import dev.deploytrack.claude.agents.AgentNameMissing;
import dev.deploytrack.claude.agents.AgentPluginIgnoredField;
import dev.deploytrack.claude.agents.AgentSkillsMissing;
import dev.deploytrack.claude.agents.AgentToolsNoneResolve;
import dev.deploytrack.claude.agents.AgentToolsOverlap;
import dev.deploytrack.claude.agents.AgentToolsType;
import dev.deploytrack.claude.agents.AgentToolsUnknown;
import dev.deploytrack.claude.agents.AgentUnknownField;
import dev.deploytrack.claude.hooks.HookFieldMisplaced;
import dev.deploytrack.claude.hooks.HookHeaderEnv;
import dev.deploytrack.claude.hooks.HookIfNonToolEvent;
import dev.deploytrack.claude.hooks.HookMatcherIgnored;
import dev.deploytrack.claude.hooks.HookMatcherMcpExact;
import dev.deploytrack.claude.hooks.HookPlaceholderUnquoted;
import dev.deploytrack.claude.hooks.HookRequiredField;
import dev.deploytrack.claude.hooks.HookScriptMissing;
import dev.deploytrack.claude.hooks.HookShell;
import dev.deploytrack.claude.hooks.HookStructure;
import dev.deploytrack.claude.hooks.HookTimeout;
import dev.deploytrack.claude.hooks.HookType;
import dev.deploytrack.claude.hooks.HookTypeEvent;
import dev.deploytrack.claude.hooks.HookUnknownEvent;
import dev.deploytrack.claude.hooks.HookUserConfigShell;
import dev.deploytrack.claude.hooks.HooksJson;
import dev.deploytrack.claude.marketplace.MarketplaceDuplicatePlugin;
import dev.deploytrack.claude.marketplace.MarketplaceEmpty;
import dev.deploytrack.claude.marketplace.MarketplaceJson;
import dev.deploytrack.claude.marketplace.MarketplaceNameFormat;
import dev.deploytrack.claude.marketplace.MarketplaceRequired;
import dev.deploytrack.claude.marketplace.MarketplaceReservedName;
import dev.deploytrack.claude.marketplace.MarketplaceSource;
import dev.deploytrack.claude.marketplace.MarketplaceStrictConflict;
import dev.deploytrack.claude.marketplace.MarketplaceVersionMismatch;
import dev.deploytrack.claude.memory.ImportCycle;
import dev.deploytrack.claude.memory.ImportDepth;
import dev.deploytrack.claude.memory.ImportMissing;
import dev.deploytrack.claude.memory.MemoryLength;
import dev.deploytrack.claude.memory.MemoryTooLarge;
import dev.deploytrack.claude.memory.RulesFrontmatter;
import dev.deploytrack.claude.plugins.PluginClaudeMd;
import dev.deploytrack.claude.plugins.PluginComponentInManifestDir;
import dev.deploytrack.claude.plugins.PluginDefaultFolderIgnored;
import dev.deploytrack.claude.plugins.PluginExperimentalTopLevel;
import dev.deploytrack.claude.plugins.PluginFieldType;
import dev.deploytrack.claude.plugins.PluginJson;
import dev.deploytrack.claude.plugins.PluginLsp;
import dev.deploytrack.claude.plugins.PluginName;
import dev.deploytrack.claude.plugins.PluginNameFormat;
import dev.deploytrack.claude.plugins.PluginPath;
import dev.deploytrack.claude.plugins.PluginReservedName;
import dev.deploytrack.claude.plugins.PluginUnknownField;
import dev.deploytrack.claude.plugins.PluginVersion;
import dev.deploytrack.claude.settings.PermissionAllowGlob;
import dev.deploytrack.claude.settings.PermissionBypassDefault;
import dev.deploytrack.claude.settings.PermissionDefaultMode;
import dev.deploytrack.claude.settings.PermissionPrimaryParam;
import dev.deploytrack.claude.settings.PermissionSyntax;
import dev.deploytrack.claude.settings.PermissionUnconsultedPath;
import dev.deploytrack.claude.settings.PermissionUnknownTool;
import dev.deploytrack.claude.settings.SettingsJson;
import dev.deploytrack.claude.settings.SettingsLocalCommitted;
import dev.deploytrack.claude.settings.SettingsSchema;
import dev.deploytrack.claude.skills.CommandAllowedToolsType;
import dev.deploytrack.claude.skills.CommandIgnoredField;
import dev.deploytrack.claude.skills.CommandShadowed;
import dev.deploytrack.claude.skills.SkillAgentUnknown;
import dev.deploytrack.claude.skills.SkillAgentWithoutFork;
import dev.deploytrack.claude.skills.SkillAllowedToolsUnknown;
import dev.deploytrack.claude.skills.SkillAllowedToolsUnscoped;
import dev.deploytrack.claude.skills.SkillArgumentHintList;
import dev.deploytrack.claude.skills.SkillBoolean;
import dev.deploytrack.claude.skills.SkillBooleanNotYamlBool;
import dev.deploytrack.claude.skills.SkillContext;
import dev.deploytrack.claude.skills.SkillFieldValue;
import dev.deploytrack.claude.skills.SkillListingTruncated;
import dev.deploytrack.claude.skills.SkillPathsGlob;
import dev.deploytrack.claude.skills.SkillShell;
import dev.deploytrack.claude.skills.SkillUnreachable;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Claude Code: every rule about the files it loads, registered here and nowhere else. A new rule is its class (a
 * {@link FileRule} of the kind of file it reads), its test and fixtures, its line in docs/rules.md, and one entry in
 * the list of its kind below. {@link ClaudeCodeCheck} reads each file once and runs the list of its kind.
 */
public final class ClaudeCodeFeature implements Feature {

    /*
     * The rule classes by the kind of file they read, one holder class per kind: the JVM loads a kind's rule classes
     * only when a run has such a file (the pre-commit hook starts a fresh JVM for every commit).
     */

    /** Subagents. */
    static final class Agents {
        static final List<FileRule<ClaudeMarkdown>> RULES = List.of(new AgentNameMissing(), new AgentNameInvalid(),
                new AgentNameFormat(), new AgentNameDuplicate(), new AgentDescriptionMissing(), new AgentToolsType(),
                new AgentToolsNoneResolve(), new AgentToolsUnknown(), new AgentToolsOverlap(), new AgentFieldValue(),
                new AgentBypassPermissions(), new AgentPluginIgnoredField(), new AgentSkillsMissing(),
                new AgentUnknownField());
    }

    /** The Claude Code fields of skills and commands, and the command rules. */
    static final class Skills {
        static final List<FileRule<ClaudeMarkdown>> RULES = List.of(new SkillShell(), new SkillContext(),
                new SkillAgentWithoutFork(), new SkillAgentUnknown(), new SkillBoolean(), new SkillBooleanNotYamlBool(),
                new SkillUnreachable(), new SkillArgumentHintList(), new SkillAllowedToolsUnknown(),
                new SkillAllowedToolsUnscoped(), BashColonStar.inAllowedTools(), new SkillPathsGlob(), new SkillFieldValue(),
                new SkillListingTruncated(), new CommandAllowedToolsType(), new CommandIgnoredField(),
                new CommandShadowed());
    }

    /** .claude/rules files. */
    static final class RuleFiles {
        static final List<FileRule<ClaudeMarkdown>> RULES = List.of(new RulesFrontmatter());
    }

    /** Whether a JSON file of each kind is a JSON object. */
    static final class Json {
        static final List<FileRule<ClaudeJson>> RULES = List.of(new SettingsJson(), new HooksJson(), new PluginJson(),
                new MarketplaceJson());
    }

    /** Settings and their permission rules. */
    static final class SettingsFiles {
        static final List<FileRule<ClaudeJson>> RULES = List.of(new SettingsSchema(), new SettingsLocalCommitted(),
                new PermissionSyntax(), new PermissionAllowGlob(), new PermissionUnknownTool(),
                new PermissionUnconsultedPath(), new PermissionPrimaryParam(), BashColonStar.inPermissions(),
                new PermissionDefaultMode(), new PermissionBypassDefault());
    }

    /** Hooks, wherever they are declared. */
    static final class Hooks {
        static final List<FileRule<HookConfig>> RULES = List.of(new HookStructure(), new HookUnknownEvent(),
                new HookType(), new HookRequiredField(), new HookTypeEvent(), new HookTimeout(),
                new HookMatcherIgnored(), new HookMatcherMcpExact(), new HookIfNonToolEvent(), new HookFieldMisplaced(),
                new HookShell(), new HookScriptMissing(), new HookPlaceholderUnquoted(), new HookUserConfigShell(),
                new HookHeaderEnv());
    }

    /** Plugin manifests. */
    static final class Manifests {
        static final List<FileRule<ClaudeJson>> RULES = List.of(new PluginName(), new PluginNameFormat(),
                new PluginFieldType(), new PluginUnknownField(), new PluginPath(), new PluginExperimentalTopLevel(),
                new PluginVersion(), new PluginReservedName(), new PluginLsp());
    }

    /** Marketplaces. */
    static final class Marketplaces {
        static final List<FileRule<ClaudeJson>> RULES = List.of(new MarketplaceRequired(),
                new MarketplaceDuplicatePlugin(), new MarketplaceSource(), new MarketplaceReservedName(),
                new MarketplaceNameFormat(), new MarketplaceVersionMismatch(), new MarketplaceStrictConflict(),
                new MarketplaceEmpty());
    }

    /** CLAUDE.md. */
    static final class Memory {
        static final List<FileRule<ClaudeMemory>> RULES = List.of(new ImportMissing(), new ImportDepth(),
                new ImportCycle(), new MemoryTooLarge(), new MemoryLength());
    }

    /** Plugins as a whole (their layout). */
    static final class Plugins {
        static final List<FileRule<PluginLayout>> RULES = List.of(new PluginComponentInManifestDir(),
                new PluginDefaultFolderIgnored(), new PluginClaudeMd());
    }

    /** {@code claude:} in deploytrack.yml: tools and hook events newer than deploytrack's lists. */
    public static final Section<ClaudeSettings> SETTINGS =
            Section.of("claude", ClaudeSettings.defaults(), ClaudeSettings::bind);

    @Override
    public String name() {
        return "Claude Code";
    }

    @Override
    public List<Section<?>> sections() {
        return List.of(SETTINGS);
    }

    @Override
    public String sampleSettings() {
        return "claude:\n  extra-tools: [Deploy]\n  extra-hook-events: [PreDeploy]\n";
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (List<? extends FileRule<?>> kind : List.of(Agents.RULES, Skills.RULES, RuleFiles.RULES, Json.RULES,
                SettingsFiles.RULES, Hooks.RULES, Manifests.RULES, Marketplaces.RULES, Memory.RULES, Plugins.RULES)) {
            rules.addAll(FileRule.rulesOf(kind));
        }
        return rules;
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new ClaudeCodeCheck(settings.get(SETTINGS)));
    }

    @Override
    public Map<String, String> sample() {
        return Map.of(
                ".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews. Use when: reviewing\n"
                        + "tools: Read, Grep, LS\nmodel: sonnet\n---\nReview.\n",
                ".claude/commands/ship.md", "---\ndescription: Ships\nallowed-tools: Bash(git:*)\n---\nShip.\n",
                ".claude/settings.json", "{\"permissions\": {\"allow\": [\"Bash(npm test:*)\"], \"deny\": "
                        + "[\"Read(./.env)\"]}, \"hooks\": {\"PreToolUse\": [{\"matcher\": \"Bash\", \"hooks\": "
                        + "[{\"type\": \"command\", \"command\": \"echo ok\", \"timeout\": 5}]}]}}\n",
                "CLAUDE.md", "# Project\n\nSee @docs/guide.md.\n",
                "docs/guide.md", "# Guide\n",
                "plugins/tools/.claude-plugin/plugin.json", "{\"name\": \"tools\", \"version\": \"1.0.0\"}\n",
                "plugins/tools/hooks/hooks.json", "{\"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\", "
                        + "\"command\": \"true\"}]}]}}\n",
                ".claude-plugin/marketplace.json", "{\"name\": \"team\", \"owner\": {\"name\": \"Team\"}, "
                        + "\"plugins\": [{\"name\": \"tools\", \"source\": \"./plugins/tools\"}]}\n");
    }
}
