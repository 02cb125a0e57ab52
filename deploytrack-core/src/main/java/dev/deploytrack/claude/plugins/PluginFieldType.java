package dev.deploytrack.claude.plugins;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeJson;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * A recognised manifest field of the wrong type: "Most fields: the plugin fails to load. For example, a keywords
 * value that is a string instead of an array is a load error" (plugins reference); validator: "author: Invalid input:
 * expected object, received string".
 */
public final class PluginFieldType extends BaseRule<ClaudeJson> {

    public static final Rule RULE = Rule.of("claude-plugin-field-type", Severity.ERROR,
            "manifest fields have their documented types",
            "version, description, homepage, repository and license are strings; author is an object; keywords "
                    + "an array of strings; component paths a string or an array of strings (hooks, mcpServers and "
                    + "lspServers may also be objects). A wrong type makes the plugin fail to load; experimental "
                    + "and metadata not being objects is a warning.");

    public PluginFieldType() {
        super(RULE);
    }

    @Override
    public void check(ClaudeJson manifest, CheckContext context) {
        for (String field : new String[] {"version", "description", "homepage", "repository", "license"}) {
            expect(manifest, context, field, manifest.get(field), JsonTree.Kind.STRING);
        }
        expect(manifest, context, "author", manifest.get("author"), JsonTree.Kind.OBJECT);
        JsonTree keywords = manifest.get("keywords");
        if (expect(manifest, context, "keywords", keywords, JsonTree.Kind.ARRAY)) {
            for (JsonTree keyword : keywords.items) {
                expect(manifest, context, "keywords", keyword, JsonTree.Kind.STRING);
            }
        }
        for (String field : PluginFields.PATH_FIELDS) {
            JsonTree value = manifest.get(field);
            boolean objectAllowed = field.equals("hooks") || field.equals("mcpServers") || field.equals("lspServers");
            if (value == null || value.is(JsonTree.Kind.STRING) || (objectAllowed && value.is(JsonTree.Kind.OBJECT))) {
                continue;
            }
            if (value.is(JsonTree.Kind.ARRAY)) {
                for (JsonTree item : value.items) {
                    expect(manifest, context, field, item, JsonTree.Kind.STRING);
                }
                continue;
            }
            manifest.report(context, RULE, value, "'" + field + "' must be a path or an array of paths"
                    + (objectAllowed ? " (or an object)" : "") + ", but it is " + value.describe()
                    + "; the plugin fails to load", null);
        }
        for (String field : new String[] {"experimental", "metadata"}) {
            JsonTree value = manifest.get(field);
            if (value != null && !value.is(JsonTree.Kind.OBJECT)) {
                manifest.report(context, RULE, Severity.WARNING, value, "'" + field + "' must be an object, but it "
                        + "is " + value.describe(), null);
            }
        }
    }

    private static boolean expect(ClaudeJson manifest, CheckContext context, String field, JsonTree value,
                                  JsonTree.Kind kind) {
        if (value == null) {
            return false;
        }
        if (value.is(kind)) {
            return true;
        }
        manifest.report(context, RULE, value, "'" + field + "' must be " + (kind == JsonTree.Kind.OBJECT
                ? "an object" : kind == JsonTree.Kind.ARRAY ? "an array" : "a string") + ", but it is "
                + value.describe() + "; the plugin fails to load", field.equals("author")
                ? "write \"author\": {\"name\": \"" + (value.text == null ? "..." : value.text) + "\"}" : null);
        return false;
    }
}
