package dev.deploytrack.lint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.source.SourceText;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MCP server configurations: valid JSON (JSONC for VS Code's file), reported at the parser's line and column, and
 * servers that a client can start: a {@code command} or a {@code url}, with arguments, environment and headers of the
 * right types.
 */
public final class McpConfigCheck implements Check {

    private static final int MAX_NESTING = 64;
    private static final Pattern LONG_TOKEN = Pattern.compile("'([^'\\s]{9,})'");

    private static final JsonFactory STRICT = factory(false);
    private static final JsonFactory JSONC = factory(true);

    private static JsonFactory factory(boolean jsonc) {
        JsonFactoryBuilder builder = new JsonFactoryBuilder();
        builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        builder.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        if (jsonc) {
            builder.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).enable(JsonReadFeature.ALLOW_TRAILING_COMMA);
        }
        return builder.build();
    }

    @Override
    public void run(CheckContext context) {
        context.forEachText(context.agentFiles().mcpConfigs(), (path, text) -> check(context, path, text));
    }

    private void check(CheckContext context, String path, SourceText text) {
        boolean vscode = path.endsWith(".vscode/mcp.json");
        JsonTree root;
        try (JsonParser parser = (vscode ? JSONC : STRICT).createParser(text.text())) {
            if (parser.nextToken() == null) {
                context.report(LintRules.MCP_JSON, path, 1, 1, "the file is empty; expected a JSON object",
                        "write {\"mcpServers\": {}} or delete the file");
                return;
            }
            root = JsonTree.read(parser);
            if (parser.nextToken() != null) {
                JsonLocation location = parser.currentTokenLocation();
                context.report(LintRules.MCP_JSON, path, location.getLineNr(), location.getColumnNr(),
                        "unexpected content after the end of the JSON value", "remove it");
                return;
            }
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 1 : location.getLineNr();
            int column = location == null ? 1 : location.getColumnNr();
            context.report(LintRules.MCP_JSON, path, line, column, "invalid JSON: " + withoutLongTokens(e.getOriginalMessage()),
                    hintFor(e.getOriginalMessage(), vscode));
            return;
        } catch (IOException e) {
            context.reportInternalError(path, e);
            return;
        }
        checkServers(context, path, root, vscode);
    }

    /**
     * Jackson quotes the offending token in its message ({@code Unrecognized token 'sk-proj-...'}); an unquoted
     * secret must not reach a report, so long quoted tokens are cut to their first four characters.
     */
    static String withoutLongTokens(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        return LONG_TOKEN.matcher(message).replaceAll(
                match -> Matcher.quoteReplacement("'" + match.group(1).substring(0, 4) + "…'"));
    }

    private static String hintFor(String message, boolean vscode) {
        if (message == null) {
            return null;
        }
        if (message.contains("comment")) {
            return "JSON has no comments; remove them (only .vscode/mcp.json is read as JSONC)";
        }
        if (message.contains("Duplicate field")) {
            return "each key may appear once per object; merge the two entries";
        }
        if (!vscode && (message.contains("Unexpected character ('}'")
                || message.contains("Unexpected character (']'"))) {
            return "a trailing comma before a closing bracket is not allowed in JSON";
        }
        if (message.contains("was expecting double-quote") || message.contains("(code 39)")) {
            return "JSON keys and strings need double quotes";
        }
        return null;
    }

    private void checkServers(CheckContext context, String path, JsonTree root, boolean vscode) {
        if (!root.is(JsonTree.Kind.OBJECT)) {
            context.report(LintRules.MCP_SCHEMA, path, root.line, root.column, "the configuration must be a JSON "
                    + "object, but it is " + root.describe(), null);
            return;
        }
        String key = root.fields.containsKey("mcpServers") || !vscode ? "mcpServers" : "servers";
        if (vscode && root.fields.containsKey("servers")) {
            key = "servers";
        }
        JsonTree servers = root.fields.get(key);
        if (servers == null) {
            context.report(LintRules.MCP_NO_SERVERS, path, root.line, root.column, "no '" + key + "' object: this "
                    + "configuration declares no MCP servers", "add \"" + key + "\": { \"name\": { \"command\": "
                    + "\"...\" } }");
            return;
        }
        if (!servers.is(JsonTree.Kind.OBJECT)) {
            context.report(LintRules.MCP_SCHEMA, path, servers.line, servers.column, "'" + key + "' must be an "
                    + "object mapping server names to servers, but it is " + servers.describe(), null);
            return;
        }
        for (Map.Entry<String, JsonTree> server : servers.fields.entrySet()) {
            checkServer(context, path, server.getKey(), server.getValue());
        }
    }

    private void checkServer(CheckContext context, String path, String name, JsonTree server) {
        if (!server.is(JsonTree.Kind.OBJECT)) {
            context.report(LintRules.MCP_SCHEMA, path, server.line, server.column, "MCP server '" + name
                    + "' must be an object, but it is " + server.describe(), null);
            return;
        }
        JsonTree command = server.fields.get("command");
        JsonTree url = server.fields.get("url");
        if (command == null && url == null) {
            context.report(LintRules.MCP_SCHEMA, path, server.line, server.column, "MCP server '" + name
                    + "' has neither 'command' (a local server) nor 'url' (a remote server)",
                    "add \"command\": \"npx\" with \"args\", or \"url\": \"https://...\"");
        }
        requireString(context, path, name, "command", command);
        requireString(context, path, name, "url", url);
        requireString(context, path, name, "type", server.fields.get("type"));
        requireString(context, path, name, "cwd", server.fields.get("cwd"));
        JsonTree args = server.fields.get("args");
        if (args != null) {
            if (!args.is(JsonTree.Kind.ARRAY)) {
                context.report(LintRules.MCP_SCHEMA, path, args.line, args.column, "'args' of MCP server '" + name
                        + "' must be an array of strings, but it is " + args.describe(), null);
            } else {
                for (JsonTree arg : args.items) {
                    requireString(context, path, name, "args", arg);
                }
            }
        }
        requireStringMap(context, path, name, "env", server.fields.get("env"));
        requireStringMap(context, path, name, "headers", server.fields.get("headers"));
    }

    private void requireString(CheckContext context, String path, String server, String field, JsonTree value) {
        if (value != null && !value.is(JsonTree.Kind.STRING)) {
            context.report(LintRules.MCP_SCHEMA, path, value.line, value.column, "'" + field + "' of MCP server '"
                    + server + "' must hold strings, but it holds " + value.describe(),
                    value.is(JsonTree.Kind.NUMBER) || value.is(JsonTree.Kind.BOOLEAN)
                            ? "quote it: \"" + value.text + "\"" : null);
        }
    }

    private void requireStringMap(CheckContext context, String path, String server, String field, JsonTree value) {
        if (value == null) {
            return;
        }
        if (!value.is(JsonTree.Kind.OBJECT)) {
            context.report(LintRules.MCP_SCHEMA, path, value.line, value.column, "'" + field + "' of MCP server '"
                    + server + "' must be an object of names to strings, but it is " + value.describe(), null);
            return;
        }
        for (JsonTree entry : value.fields.values()) {
            requireString(context, path, server, field, entry);
        }
    }
}
