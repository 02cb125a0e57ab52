package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Gemini CLI drops a settings file it cannot parse (settings.ts: JSON.parse after stripping comments fails →
 * severity 'error'; "Settings file is not a valid JSON object."). Trailing commas are not accepted.
 */
public final class GeminiSettingsJson extends BaseRule<GeminiJson> {

    public static final Rule RULE = Rule.of("gemini-settings-json", Severity.ERROR,
            "Gemini CLI settings are a JSON object",
            ".gemini/settings.json must be a JSON object; comments are allowed (Gemini CLI strips them), trailing "
                    + "commas are not. A file that does not parse is dropped with an error, and none of its settings "
                    + "apply.");

    public GeminiSettingsJson() {
        super(RULE);
    }

    @Override
    public void check(GeminiJson file, CheckContext context) {
        if (file.type() != FileType.GEMINI_SETTINGS) {
            return;
        }
        if (!file.parsed().ok()) {
            context.report(RULE, file.path(), file.parsed().line(), file.parsed().column(), file.parsed().problem()
                    + "; Gemini CLI ignores the whole file", file.parsed().hint());
        } else if (!file.isObject()) {
            file.report(context, RULE, file.root(), "the settings are " + file.root().describe() + ", not a JSON "
                    + "object", "write {\"mcpServers\": {...}, ...}");
        }
    }
}
