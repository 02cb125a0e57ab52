package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Gemini CLI fails to load an extension whose manifest is not JSON, lacks "name" or "version", or whose name is not
 * {@code [a-zA-Z0-9-]+} (extension-manager.ts: "Invalid configuration ...: missing "name"", validateName). A
 * description is not required (agnix GM-005 requires one; Gemini CLI does not).
 */
public final class GeminiExtensionJson extends BaseRule<GeminiJson> {

    public static final Rule RULE = Rule.of("gemini-extension-json", Severity.ERROR,
            "Gemini CLI extension manifests load",
            "gemini-extension.json is a JSON object with a 'name' of letters, digits and dashes and a 'version'; "
                    + "otherwise Gemini CLI fails to load the extension. 'description' is optional.");

    public GeminiExtensionJson() {
        super(RULE);
    }

    @Override
    public void check(GeminiJson file, CheckContext context) {
        if (file.type() != FileType.GEMINI_EXTENSION) {
            return;
        }
        if (!file.parsed().ok()) {
            context.report(RULE, file.path(), file.parsed().line(), file.parsed().column(), file.parsed().problem()
                    + "; Gemini CLI does not load the extension", file.parsed().hint());
            return;
        }
        if (!file.isObject()) {
            file.report(context, RULE, file.root(), "the manifest is " + file.root().describe() + ", not a JSON "
                    + "object", null);
            return;
        }
        for (String key : new String[] {"name", "version"}) {
            JsonTree value = file.get(key);
            if (value == null || !value.is(JsonTree.Kind.STRING) || value.text.isEmpty()) {
                file.report(context, RULE, value == null ? file.root() : value, "the extension has no '" + key
                        + "'; Gemini CLI refuses to load it (\"missing \\\"" + key + "\\\"\")", "add \"" + key
                        + "\": " + (key.equals("name") ? "\"" + (validName(dirName(file)) ? dirName(file)
                        : "my-extension") + "\"" : "\"1.0.0\""));
            }
        }
        String name = file.root().string("name");
        if (name != null && !name.isEmpty() && !validName(name)) {
            file.report(context, RULE, file.get("name"), "the extension name '" + name + "' has characters other "
                    + "than letters, digits and dashes; Gemini CLI refuses to load it", "e.g. '"
                    + name.replaceAll("[^a-zA-Z0-9-]+", "-") + "'");
        }
    }

    private static String dirName(GeminiJson file) {
        String dir = file.directory();
        return dir.substring(dir.lastIndexOf('/') + 1);
    }

    /** Gemini CLI's extension name check: {@code /^[a-zA-Z0-9-]+$/} (extension-manager.ts validateName). */
    static boolean validName(String name) {
        return name.matches("[a-zA-Z0-9-]+");
    }
}
