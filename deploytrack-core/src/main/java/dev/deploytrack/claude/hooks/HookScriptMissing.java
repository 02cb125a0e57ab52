package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script a hook runs by path (hooks, "Reference scripts by path": ${CLAUDE_PLUGIN_ROOT} for a plugin's files,
 * $CLAUDE_PROJECT_DIR for the project's) that is not in the repository: the hook fails every time it fires.
 */
public final class HookScriptMissing extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-script-missing", Severity.ERROR,
            "scripts that hooks run exist",
            "A hook command (or one of its args) that runs ${CLAUDE_PLUGIN_ROOT}/... in a plugin, or "
                    + "$CLAUDE_PROJECT_DIR/... in a project, names a file that is not in the repository; the hook "
                    + "fails whenever it fires.");

    private static final Pattern REFERENCE = Pattern.compile(
            "\\$(\\{CLAUDE_PLUGIN_ROOT}|CLAUDE_PLUGIN_ROOT|\\{CLAUDE_PROJECT_DIR}|CLAUDE_PROJECT_DIR)\"?/"
                    + "([^\\s\"';|&)<>]+)");

    public HookScriptMissing() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookCommands.CommandHook hook : HookCommands.of(config)) {
            List<JsonTree> texts = new ArrayList<>();
            texts.add(hook.command());
            JsonTree args = hook.handler().handler().get("args");
            if (args != null && args.is(JsonTree.Kind.ARRAY)) {
                for (JsonTree arg : args.items) {
                    if (arg.is(JsonTree.Kind.STRING)) {
                        texts.add(arg);
                    }
                }
            }
            for (JsonTree text : texts) {
                Matcher matcher = REFERENCE.matcher(text.text);
                while (matcher.find()) {
                    String base = base(config, matcher.group(1).contains("PLUGIN"));
                    String relative = matcher.group(2);
                    if (base == null || relative.contains("$") || relative.contains("*") || relative.contains("..")) {
                        continue;
                    }
                    String path = base.isEmpty() ? relative : base + "/" + relative;
                    if (!config.project().exists(path) && !config.project().isDirectory(path)) {
                        config.report(context, RULE, text, "the hook runs " + path + ", which is not in the "
                                + "repository, so it fails whenever it fires", "add the script, or fix the path");
                    }
                }
            }
        }
    }

    /** The directory the placeholder stands for, or null when it cannot be known from the repository. */
    private static String base(HookConfig config, boolean pluginRoot) {
        if (pluginRoot) {
            return config.plugin() == null ? null : config.plugin().root();
        }
        if (config.plugin() != null) {
            return null; // the project that installs the plugin
        }
        int at = config.path().lastIndexOf(".claude/");
        if (at < 0) {
            return null;
        }
        String project = config.path().substring(0, at);
        return project.endsWith("/") ? project.substring(0, project.length() - 1) : project;
    }
}
