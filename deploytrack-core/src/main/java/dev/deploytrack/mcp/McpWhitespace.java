package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.Map;

/**
 * "Claude Code also warns when an MCP config value carries hidden leading or trailing whitespace ... naming the
 * affected fields without echoing their values" (mcp, configuration warnings). A space after a token makes the header
 * or the variable wrong for every client, so every client's file is checked; the value is never printed.
 */
public final class McpWhitespace extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-whitespace", Severity.WARNING,
            "MCP values carry no hidden whitespace",
            "A command, URL, argument, environment variable or header (name or value) with leading or trailing "
                    + "whitespace: the variable or header is sent with it and the server rejects or misreads it. "
                    + "Claude Code warns about it too. The finding names the field, never its value.");

    public McpWhitespace() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject()) {
            return;
        }
        for (String key : new String[] {"command", "url", "httpUrl", "cwd"}) {
            value(context, server, "'" + key + "'", server.get(key));
        }
        JsonTree args = server.get("args");
        if (args != null && args.is(JsonTree.Kind.ARRAY)) {
            for (int i = 0; i < args.items.size(); i++) {
                value(context, server, "argument " + (i + 1), args.items.get(i));
            }
        }
        for (String key : new String[] {"env", server.client().headersKey()}) {
            JsonTree map = server.get(key);
            if (map == null || !map.is(JsonTree.Kind.OBJECT)) {
                continue;
            }
            for (Map.Entry<String, JsonTree> entry : map.fields.entrySet()) {
                if (padded(entry.getKey())) {
                    context.report(RULE, server.path(), map.keyLine(entry.getKey()), map.keyColumn(entry.getKey()),
                            "a name in '" + key + "' of " + server.describe() + " has leading or trailing "
                                    + "whitespace", "remove the spaces around the name");
                }
                value(context, server, "the value of '" + entry.getKey().strip() + "' in '" + key + "'",
                        entry.getValue());
            }
        }
    }

    private static void value(CheckContext context, McpServer server, String what, JsonTree value) {
        if (value != null && value.is(JsonTree.Kind.STRING) && padded(value.text)) {
            server.report(context, RULE, value, what + " of " + server.describe() + " has leading or trailing "
                    + "whitespace", "remove the spaces at the ends of the value");
        }
    }

    private static boolean padded(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    }
}
