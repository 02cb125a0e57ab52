package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** Extensions reference: "Note that we expect this name to match the extension directory name." */
public final class GeminiExtensionNameDir extends BaseRule<GeminiJson> {

    public static final Rule RULE = Rule.of("gemini-extension-name-dir", Severity.WARNING,
            "a Gemini CLI extension is named after its directory",
            "Gemini CLI's extension reference: \"we expect this name to match the extension directory name\". An "
                    + "extension at the repository root is installed under the repository's name and is not checked.");

    public GeminiExtensionNameDir() {
        super(RULE);
    }

    @Override
    public void check(GeminiJson file, CheckContext context) {
        String name = file.root().string("name");
        String dir = file.directory();
        // an invalid name is gemini-extension-json's finding (one cause, one finding)
        if (file.type() != FileType.GEMINI_EXTENSION || name == null || dir.isEmpty()
                || !GeminiExtensionJson.validName(name)) {
            return;
        }
        String dirName = dir.substring(dir.lastIndexOf('/') + 1);
        if (!name.equals(dirName)) {
            // no hint proposes a name gemini-extension-json rejects
            file.report(context, RULE, file.get("name"), "the extension is named '" + name + "' but its directory "
                    + "is '" + dirName + "'", GeminiExtensionJson.validName(dirName) ? "name the extension '"
                    + dirName + "' or rename the directory" : "rename the directory to '" + name + "'");
        }
    }
}
