package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.util.List;

/**
 * "contextFileName: The name of the file that contains the context for the extension": a name that is not in the
 * extension's directory loads no context ("Context files must be within the extension directory").
 */
public final class GeminiExtensionContextFile extends BaseRule<GeminiJson> {

    public static final Rule RULE = Rule.of("gemini-extension-context-file", Severity.WARNING,
            "a Gemini CLI extension's context file exists",
            "'contextFileName' (a name or a list of names) names files in the extension's directory that Gemini "
                    + "CLI loads as the extension's context; a missing one loads nothing.");

    public GeminiExtensionContextFile() {
        super(RULE);
    }

    @Override
    public void check(GeminiJson file, CheckContext context) {
        JsonTree names = file.get("contextFileName");
        if (file.type() != FileType.GEMINI_EXTENSION || names == null) {
            return;
        }
        List<JsonTree> entries = names.is(JsonTree.Kind.ARRAY) ? names.items : List.of(names);
        String prefix = file.directory().isEmpty() ? "" : file.directory() + "/";
        for (JsonTree entry : entries) {
            if (!entry.is(JsonTree.Kind.STRING) || entry.text.contains("..") || entry.text.startsWith("/")) {
                continue;
            }
            String path = prefix + (entry.text.startsWith("./") ? entry.text.substring(2) : entry.text);
            if (!context.workspace().files().contains(path)) {
                file.report(context, RULE, entry, "the context file '" + entry.text + "' is not in the extension's "
                        + "directory, so the extension loads no context from it", "create " + path + " or "
                        + "correct contextFileName");
            }
        }
    }
}
