package dev.deploytrack.hidden;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Tag characters (U+E0000-U+E007F) spell ASCII that no editor shows and a model reads (Pillar Security, "Rules File
 * Backdoor", 2025). Nothing legitimate uses them outside emoji flags (a black flag U+1F3F4 followed by tags).
 */
public final class HiddenUnicodeTag extends BaseRule<ModelText> {

    public static final Rule RULE = Rule.of("hidden-unicode-tag", Severity.ERROR,
            "model-loaded text spells nothing in tag characters",
            "Unicode tag characters encode invisible ASCII text that the model reads and a reviewer cannot see; "
                    + "the finding shows what they spell. Emoji flag sequences are not reported.");

    private static final int MAX_SHOWN = 40;

    public HiddenUnicodeTag() {
        super(RULE);
    }

    @Override
    public void check(ModelText file, CheckContext context) {
        String text = file.source().text();
        Cap cap = new Cap(RULE, file.path());
        HiddenScan.forEachRun(file.source(), (t, offset, cp) -> CodePoints.isTag(cp), run -> {
            if (run.start() > 0 && text.codePointBefore(run.start()) == 0x1F3F4) {
                return; // a subdivision flag: black flag, tags, cancel tag
            }
            if (!cap.accepts()) {
                return;
            }
            StringBuilder hidden = new StringBuilder();
            for (int i = run.start(); i < run.end() && hidden.length() <= MAX_SHOWN; ) {
                int cp = text.codePointAt(i);
                int ascii = cp - 0xE0000;
                if (ascii >= 0x20 && ascii < 0x7F) {
                    hidden.append((char) ascii);
                }
                i += Character.charCount(cp);
            }
            String shown = hidden.length() > MAX_SHOWN ? hidden.substring(0, MAX_SHOWN) + "…" : hidden.toString();
            cap.add(RULE.defaultSeverity(), run.line(), run.column(), run.count() + " invisible tag "
                    + "characters (U+E0000-U+E007F) spell \"" + shown + "\", which the model reads and a reviewer "
                    + "does not see", "remove them");
        });
        cap.report(context);
    }
}
