package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.secrets.SecretValues;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A remote server over plain {@code http://} to a host that is not this machine. MCP authorization: "All
 * authorization server endpoints MUST be served over HTTPS"; so an error when the server is sent credentials (an
 * Authorization or other secret header, Codex's bearer_token_env_var or env_http_headers, oauth), else a warning.
 */
public final class McpRemotePlainHttp extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-remote-plain-http", Severity.WARNING,
            "remote MCP servers use HTTPS",
            "A remote MCP server reached over plain http:// at a host other than localhost, 127.0.0.0/8 or [::1]: "
                    + "anyone on the way reads and changes the traffic. An error when credentials are sent with it "
                    + "(the MCP authorization specification: endpoints MUST be served over HTTPS), else a warning.");

    public McpRemotePlainHttp() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject()) {
            return;
        }
        for (JsonTree url : server.urls()) {
            String host = plainHttpHost(url.text.strip());
            if (host == null || isLocal(host)) {
                continue;
            }
            boolean credentials = sendsCredentials(server);
            server.report(context, RULE, credentials ? Severity.ERROR : Severity.WARNING, url, server.describe()
                    + " is reached over plain http:// at " + host + (credentials ? ", and credentials are sent "
                    + "with every request" : ""), "use https://");
        }
    }

    /** The host of an http:// URL, or null for another scheme or a URL built from variables. */
    static String plainHttpHost(String url) {
        if (!url.regionMatches(true, 0, "http://", 0, 7) || url.contains("${") || url.contains("{{")) {
            return null;
        }
        try {
            String host = new URI(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static boolean isLocal(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("::1") || host.equals("0.0.0.0");
    }

    private static boolean sendsCredentials(McpServer server) {
        if (server.get("bearer_token_env_var") != null || server.get("env_http_headers") != null
                || server.get("oauth") != null || server.get("authProviderType") != null) {
            return true;
        }
        JsonTree headers = server.headers();
        if (headers != null) {
            for (String name : headers.fields.keySet()) {
                if (SecretValues.isSecretName(name.strip())) {
                    return true;
                }
            }
        }
        return false;
    }
}
