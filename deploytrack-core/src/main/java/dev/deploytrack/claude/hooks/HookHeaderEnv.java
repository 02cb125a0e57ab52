package dev.deploytrack.claude.hooks;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.HookConfig;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An http hook header that interpolates a variable not listed in allowedEnvVars: "References to unlisted variables
 * are replaced with empty strings. Required for any env var interpolation to work" (hooks, http hook fields).
 */
public final class HookHeaderEnv extends BaseRule<HookConfig> {

    public static final Rule RULE = Rule.of("claude-hook-header-env", Severity.WARNING,
            "http hook headers interpolate allowed variables",
            "An http hook's headers may use $VAR or ${VAR} only for variables listed in 'allowedEnvVars'; others "
                    + "are replaced with empty strings.");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    public HookHeaderEnv() {
        super(RULE);
    }

    @Override
    public void check(HookConfig config, CheckContext context) {
        for (HookConfig.Handler handler : config.handlers()) {
            JsonTree headers = handler.handler().get("headers");
            if (!"http".equals(handler.type()) || headers == null || !headers.is(JsonTree.Kind.OBJECT)) {
                continue;
            }
            Set<String> allowed = new HashSet<>();
            JsonTree list = handler.handler().get("allowedEnvVars");
            if (list != null && list.is(JsonTree.Kind.ARRAY)) {
                for (JsonTree item : list.items) {
                    allowed.add(item.text);
                }
            }
            for (Map.Entry<String, JsonTree> header : headers.fields.entrySet()) {
                if (!header.getValue().is(JsonTree.Kind.STRING)) {
                    continue;
                }
                Matcher matcher = VARIABLE.matcher(header.getValue().text);
                while (matcher.find()) {
                    if (!allowed.contains(matcher.group(1))) {
                        config.report(context, RULE, header.getValue(), "header '" + header.getKey() + "' uses $"
                                + matcher.group(1) + ", which is not in allowedEnvVars, so it is sent empty",
                                "add \"allowedEnvVars\": [\"" + matcher.group(1) + "\"]");
                    }
                }
            }
        }
    }
}
