package dev.deploytrack.mcp;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.secrets.SecretValues;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A secret written into an MCP configuration where the client offers a reference to the environment: Claude Code and
 * Cursor expand {@code ${VAR}} ("sensitive values like API keys"), Codex takes {@code bearer_token_env_var} and
 * {@code env_http_headers}, Copilot {@code ${{ secrets.X }}}. One cause, one finding: a value the secret scan reports
 * itself (a provider's key format) is left to it. The value is never printed.
 */
public final class McpLiteralSecret extends BaseRule<McpServer> {

    public static final Rule RULE = Rule.of("mcp-literal-secret", Severity.WARNING,
            "MCP secrets come from the environment",
            "An 'env' or header value under a secret name (a token, key, password, Authorization) is written into "
                    + "the file instead of referring to the environment: ${VAR} (Claude Code, Cursor, VS Code "
                    + "${env:VAR}), $VAR or %VAR% (Gemini CLI), ${{ secrets.X }} or a COPILOT_MCP_ secret's name "
                    + "(Copilot), env_http_headers or bearer_token_env_var (Codex). Values the secret scan recognises are reported by its rules "
                    + "instead; this rule catches the rest, such as a password or an unfamiliar token.");

    /**
     * A reference to the environment or a secret store somewhere in the value; a whole value naming a
     * COPILOT_MCP_ secret is GitHub's way of passing a Copilot environment secret to an MCP server.
     */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[^}]+}|\\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_]"
            + "[A-Za-z0-9_]*%|\\{\\{[^}]*}}|\\$\\{\\{|^COPILOT_MCP_[A-Z0-9_]+$");
    /** Words of a value that stands for the secret instead of being it. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)your|example|placeholder|changeme|change[-_]me|"
            + "replace|dummy|xxx|todo|<[^>]*>|\\.\\.\\.|redacted|secret[-_]?here|token[-_]?here|key[-_]?here");

    public McpLiteralSecret() {
        super(RULE);
    }

    @Override
    public void check(McpServer server, CheckContext context) {
        if (!server.isObject()) {
            return;
        }
        for (String key : new String[] {"env", server.client().headersKey()}) {
            JsonTree map = server.get(key);
            if (map == null || !map.is(JsonTree.Kind.OBJECT)) {
                continue;
            }
            for (Map.Entry<String, JsonTree> entry : map.fields.entrySet()) {
                JsonTree value = entry.getValue();
                String name = entry.getKey().strip();
                if (value.is(JsonTree.Kind.STRING) && SecretValues.isSecretName(name) && isLiteral(value.text)
                        && !SecretValues.scannerReports(server.path(), name, value.text)) {
                    server.report(context, RULE, value, "'" + name + "' in '" + key + "' of " + server.describe()
                            + " holds a literal secret instead of a reference to the environment", hint(server,
                            key, name));
                }
            }
        }
    }

    static boolean isLiteral(String value) {
        String text = value.strip();
        if (text.isEmpty() || REFERENCE.matcher(text).find() || PLACEHOLDER.matcher(text).find()) {
            return false;
        }
        // "Bearer" alone, or a value of one repeated character, stands for nothing
        String lower = text.toLowerCase(Locale.ROOT);
        return !lower.equals("bearer") && !lower.equals("basic") && text.chars().distinct().count() > 2;
    }

    private static String hint(McpServer server, String key, String name) {
        String variable = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        return switch (server.client()) {
            case CODEX -> key.equals("env") ? "drop it from 'env' and list it in env_vars, so Codex passes it from "
                    + "your environment" : "use env_http_headers = { \"" + name + "\" = \"" + variable + "\" } "
                    + "(or bearer_token_env_var)";
            case COPILOT_AGENT -> "write \"${{ secrets." + variable + " }}\" and store the value as an Agents secret";
            case GEMINI -> "write \"$" + variable + "\" and set the variable in your environment";
            case VS_CODE -> "write \"${env:" + variable + "}\" or an input (\"${input:...}\")";
            default -> "write \"${" + variable + "}\" and set the variable in your environment";
        } + "; then rotate the secret, since it is in the repository's history";
    }
}
