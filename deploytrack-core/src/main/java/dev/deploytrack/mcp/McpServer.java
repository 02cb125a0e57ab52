package dev.deploytrack.mcp;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.JsonFindings;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * One MCP server as a client declares it, whatever the file (JSON, TOML, YAML frontmatter): what the server rules
 * look at.
 *
 * @param path      the file declaring it
 * @param client    the client that reads it
 * @param name      the server's name (its key)
 * @param server    its value
 * @param servers   the object holding it (for the position of its name)
 */
public record McpServer(String path, McpClient client, String name, JsonTree server, JsonTree servers)
        implements JsonFindings {

    /** Whether the value is an object (other rules have nothing to read otherwise). */
    public boolean isObject() {
        return server.is(JsonTree.Kind.OBJECT);
    }

    public JsonTree get(String key) {
        return server.get(key);
    }

    public String string(String key) {
        return server.string(key);
    }

    /** The remote URLs it declares, by key (url; Gemini CLI's httpUrl). */
    public List<JsonTree> urls() {
        List<JsonTree> urls = new ArrayList<>();
        for (String key : client.urlKeys()) {
            JsonTree url = server.get(key);
            if (url != null && url.is(JsonTree.Kind.STRING)) {
                urls.add(url);
            }
        }
        return urls;
    }

    /** Its HTTP headers object, or null. */
    public JsonTree headers() {
        JsonTree headers = server.get(client.headersKey());
        return headers != null && headers.is(JsonTree.Kind.OBJECT) ? headers : null;
    }

    /** Reports at the server's name. */
    public void reportName(CheckContext context, Rule rule, String message, String hint) {
        reportKey(context, rule, servers, name, message, hint);
    }

    /** Reports at the key {@code key} of the server. */
    public void reportKey(CheckContext context, Rule rule, String key, String message, String hint) {
        reportKey(context, rule, server, key, message, hint);
    }

    /** "MCP server 'name'", as messages name it. */
    public String describe() {
        return "MCP server '" + name + "'";
    }
}
