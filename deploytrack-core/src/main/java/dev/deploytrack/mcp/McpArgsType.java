package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * {@code args} is a list of strings in every client's schema; Codex refuses to start otherwise ("invalid type: string
 * "x y", expected a sequence", codex-cli 0.171.0).
 */
public final class McpArgsType extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-args-type", Severity.ERROR,
            "MCP server arguments are a list of strings",
            "'args' is a list of strings, one per argument: every client's schema says so, and Codex refuses to "
                    + "start on anything else. A single string with spaces is not split into arguments.");

    public McpArgsType() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        JsonTree args = server.isObject() ? server.get("args") : null;
        if (args == null) {
            return;
        }
        if (!args.is(JsonTree.Kind.ARRAY)) {
            server.report(context, RULE, args, "'args' of " + server.describe() + " must be a list of strings, "
                    + "but it is " + args.describe(), args.is(JsonTree.Kind.STRING)
                    ? "write each argument as its own string: [\"-y\", \"package\"]" : null);
            return;
        }
        for (JsonTree arg : args.items) {
            if (!arg.is(JsonTree.Kind.STRING)) {
                server.report(context, RULE, arg, "an argument of " + server.describe() + " is " + arg.describe()
                        + "; arguments are strings", arg.is(JsonTree.Kind.NUMBER) || arg.is(JsonTree.Kind.BOOLEAN)
                        ? "quote it: \"" + arg.text + "\"" : null);
            }
        }
    }
}
