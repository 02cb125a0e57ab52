package dev.deploytrack.hidden;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Bidirectional control characters (Unicode TR#36; "Trojan Source", CVE-2021-42574): they reorder what a reviewer
 * sees while the model reads the characters in stored order. GitHub warns "This file contains bidirectional Unicode
 * text that may be interpreted or compiled differently than what appears below".
 */
public final class HiddenUnicodeBidi extends BaseRule<ModelText> {

    public static final Rule RULE = Rule.of("hidden-unicode-bidi", Severity.WARNING,
            "model-loaded text has no bidirectional controls",
            "U+202A-U+202E, U+2066-U+2069, U+200E, U+200F and U+061C change the order in which text is displayed, "
                    + "so a reviewer can read something other than what the model gets. A warning in the text (RTL "
                    + "languages use marks legitimately); an error in a frontmatter name or description.");

    public HiddenUnicodeBidi() {
        super(RULE);
    }

    @Override
    public void check(ModelText file, CheckContext context) {
        String text = file.source().text();
        Cap cap = new Cap(RULE, file.path());
        HiddenScan.forEachRun(file.source(), (t, offset, cp) -> CodePoints.isBidi(cp), run -> {
            if (!cap.accepts()) {
                return;
            }
            boolean field = run.line() <= file.frontmatterEnd()
                    && isNameOrDescription(text, file.source().lines().lineStart(run.line()));
            cap.add(field ? Severity.ERROR : Severity.WARNING, run.line(), run.column(),
                    "bidirectional control character" + (run.count() > 1 ? "s " : " ")
                            + HiddenScan.describe(text, run) + (field ? " in the frontmatter's name or "
                            + "description" : "") + ": the text may display in another order than the model reads",
                    "remove it; if the text is right-to-left, check that it reads the same without it");
        });
        cap.report(context);
    }

    private static boolean isNameOrDescription(String text, int lineStart) {
        return text.startsWith("name:", lineStart) || text.startsWith("description:", lineStart);
    }
}
