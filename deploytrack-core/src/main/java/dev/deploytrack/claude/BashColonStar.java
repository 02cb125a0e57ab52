package dev.deploytrack.claude;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.settings.PermissionRule;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;
import java.util.function.Function;

/**
 * "The :* form is only recognized at the end of a pattern. In a pattern like Bash(git:* push), the colon is treated
 * as a literal character" (permissions, "Wildcard patterns"). Claude Code matches a Bash pattern the same way
 * wherever it is written, so this is one rule class for both places, each with its own id (so each can be switched
 * off alone): a skill's or command's allowed-tools ({@link #inAllowedTools()}) and a settings file's permission
 * rules ({@link #inPermissions()}).
 *
 * @param <T> the file the patterns are read from
 */
public final class BashColonStar<T> extends BaseRule<T> {

    public static final Rule ALLOWED_TOOLS = Rule.of("claude-skill-bash-colon-star", Severity.WARNING,
            "':*' ends a Bash pattern",
            "In allowed-tools, ':*' is a prefix wildcard only at the end of a Bash pattern; elsewhere the colon is "
                    + "a literal character and the pattern matches nothing you meant.");

    public static final Rule PERMISSIONS = Rule.of("claude-permission-colon-star", Severity.WARNING,
            "':*' ends a Bash rule",
            "In Bash(git:* push) the colon is a literal character: ':*' is a wildcard only at the end of the "
                    + "pattern.");

    /** Reports a finding at the place a pattern is written. */
    @FunctionalInterface
    interface At {
        void report(CheckContext context, Rule rule, String message, String hint);
    }

    /** A tool pattern as written ({@code Bash(git:* push)}), split into tool and specifier, and where it is. */
    record Written(String tool, String specifier, String text, At at) {
    }

    private final Function<T, List<Written>> patterns;

    private BashColonStar(Rule rule, Function<T, List<Written>> patterns) {
        super(rule);
        this.patterns = patterns;
    }

    /** The rule over the allowed-tools of a skill or command. */
    public static BashColonStar<ClaudeMarkdown> inAllowedTools() {
        return new BashColonStar<>(ALLOWED_TOOLS, markdown -> markdown.field("allowed-tools")
                .map(ToolList::entries).orElse(List.of()).stream()
                .map(entry -> new Written(entry.tool(), entry.specifier(), entry.text(), (context, rule, message,
                        hint) -> markdown.report(context, rule, entry.node(), message, hint)))
                .toList());
    }

    /** The rule over the permission rules (allow, ask, deny) of a settings file. */
    public static BashColonStar<ClaudeJson> inPermissions() {
        return new BashColonStar<>(PERMISSIONS, settings -> PermissionRule.of(settings).stream()
                .filter(PermissionRule::wellFormed)
                .map(permission -> new Written(permission.tool(), permission.specifier(), permission.text(),
                        (context, rule, message, hint) -> settings.report(context, rule, permission.value(), message,
                                hint)))
                .toList());
    }

    @Override
    public void check(T file, CheckContext context) {
        for (Written pattern : patterns.apply(file)) {
            String specifier = pattern.specifier();
            if (pattern.tool().equals("Bash") && specifier != null && specifier.contains(":*")
                    && !specifier.endsWith(":*")) {
                pattern.at().report(context, rule(), "in '" + pattern.text() + "' the ':*' is not at the end, so "
                        + "its colon is matched literally", "write the wildcard as ' *' (Bash(git push *)) or put "
                        + "':*' last");
            }
        }
    }
}
