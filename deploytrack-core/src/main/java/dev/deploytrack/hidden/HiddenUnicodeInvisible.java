package dev.deploytrack.hidden;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/**
 * Invisible format characters (zero-width spaces and joiners, word joiners, soft hyphens, a byte-order mark inside the
 * text): they hide text boundaries from a reviewer. A zero-width joiner inside an emoji sequence is not reported.
 */
public final class HiddenUnicodeInvisible extends BaseRule<ModelText> {

    public static final Rule RULE = Rule.of("hidden-unicode-invisible", Severity.WARNING,
            "model-loaded text has no invisible characters",
            "U+200B, U+2060-U+2064, U+180E, U+00AD, U+034F, a U+FEFF after the start and other invisible format "
                    + "characters are text the model reads and a reviewer does not see. U+200D joining emoji is "
                    + "not reported.");

    public HiddenUnicodeInvisible() {
        super(RULE);
    }

    @Override
    public void check(ModelText file, CheckContext context) {
        String text = file.source().text();
        Cap cap = new Cap(RULE, file.path());
        HiddenScan.forEachRun(file.source(), HiddenUnicodeInvisible::hidden, run -> {
            if (cap.accepts()) {
                cap.add(RULE.defaultSeverity(), run.line(), run.column(), "invisible character"
                        + (run.count() > 1 ? "s " : " ") + HiddenScan.describe(text, run)
                        + ": the model reads it, a reviewer does not see it", "remove it");
            }
        });
        cap.report(context);
    }

    private static boolean hidden(String text, int offset, int cp) {
        if (!CodePoints.isInvisible(cp) || (cp == 0xFEFF && offset == 0)) {
            return false;
        }
        return cp != 0x200D || !joinsEmoji(text, offset);
    }

    /** Whether the joiner at {@code offset} stands between two pictographs (modifiers skipped). */
    private static boolean joinsEmoji(String text, int offset) {
        int before = offset;
        int previous = -1;
        while (before > 0) {
            previous = text.codePointBefore(before);
            if (!CodePoints.isEmojiModifier(previous)) {
                break;
            }
            before -= Character.charCount(previous);
        }
        int after = offset + 1;
        int next = after < text.length() ? text.codePointAt(after) : -1;
        return previous >= 0 && next >= 0 && CodePoints.isPictographic(previous) && CodePoints.isPictographic(next);
    }
}
