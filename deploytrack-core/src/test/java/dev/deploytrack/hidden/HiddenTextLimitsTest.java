package dev.deploytrack.hidden;

import static dev.deploytrack.validate.TempRepo.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.validate.TempRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hidden-text rules on hostile shapes: thousands of hidden characters or comments in one file give at most
 * {@link Cap#MAX_PER_FILE} findings per rule, the last saying how many more; positions on long lines and with every
 * kind of line break are those every other rule gives (the text's LineIndex).
 */
class HiddenTextLimitsTest {

    @TempDir
    Path dir;

    private List<Finding> of(Report report, String rule) {
        return report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void thousandsOfBidiControlsOnOneLineGiveTwentyFindingsAndSayHowManyMore() {
        Report report = new TempRepo(dir).write("AGENTS.md", "# Notes\n" + "ab\u202Ecd ".repeat(5000) + "\n")
                .validate();
        List<Finding> bidi = of(report, "hidden-unicode-bidi");
        assertEquals(Cap.MAX_PER_FILE, bidi.size(), brief(report).toString());
        assertEquals(List.of(2, 3), List.of(bidi.get(0).line(), bidi.get(0).column()));
        assertEquals(List.of(2, 3 + 6 * 19), List.of(bidi.get(19).line(), bidi.get(19).column()));
        assertTrue(bidi.get(19).message().endsWith("... and 4980 more in this file"), bidi.get(19).message());
        assertTrue(!bidi.get(18).message().contains("more in this file"), bidi.get(18).message());
    }

    @Test
    void thousandsOfHtmlCommentsGiveTwentyFindingsAndSayHowManyMore() {
        Report report = new TempRepo(dir).write("AGENTS.md", "# Notes\n\n" + "text <!-- do x --> ".repeat(3000))
                .validate();
        List<Finding> comments = of(report, "hidden-html-comment");
        assertEquals(Cap.MAX_PER_FILE, comments.size());
        assertEquals(List.of(3, 6), List.of(comments.get(0).line(), comments.get(0).column()));
        assertEquals(List.of(3, 6 + 19 * 19), List.of(comments.get(19).line(), comments.get(19).column()));
        assertTrue(comments.get(19).message().endsWith("... and 2980 more in this file"),
                comments.get(19).message());
    }

    @Test
    void aFileUnderTheCapHasEveryFindingAndNoCount() {
        Report report = new TempRepo(dir).write("AGENTS.md", "a\u200Bb\n".repeat(Cap.MAX_PER_FILE)).validate();
        List<Finding> invisible = of(report, "hidden-unicode-invisible");
        assertEquals(Cap.MAX_PER_FILE, invisible.size());
        invisible.forEach(f -> assertTrue(!f.message().contains("more in this file"), f.message()));
    }

    @Test
    void positionsCountEveryKindOfLineBreakAsTheOtherRulesDo() {
        // A lone CR ends a line for YAML, for LineIndex and for every other rule's positions.
        Report report = new TempRepo(dir).write("AGENTS.md", "one\rtwo\r\nthree \u202E\n<!-- x -->\n").validate();
        assertEquals(List.of("AGENTS.md:3:7 hidden-unicode-bidi", "AGENTS.md:4:1 hidden-html-comment"),
                brief(report));
    }

    @Test
    void aFrontmatterCommentAndBodyCommentsAreFoundAfterCrLfFrontmatter() {
        Report report = new TempRepo(dir).write("skills/a/SKILL.md", "---\r\nname: a\r\ndescription: Does a. "
                + "<!-- hidden -->\r\n---\r\nBody\r\n\r\n  <!-- note to the model -->\r\n").validate();
        List<String> found = brief(report).stream().filter(f -> f.contains("hidden-html")).toList();
        assertEquals(List.of("skills/a/SKILL.md:3:22 hidden-html-comment", "skills/a/SKILL.md:7:3 hidden-html-comment"),
                found);
    }

    @Test
    void aRunIsDescribedByItsFirstDistinctCodePoints() {
        StringBuilder run = new StringBuilder("x");
        for (int cp = 0xE0041; cp < 0xE0041 + 3; cp++) {
            run.appendCodePoint(cp);
        }
        SourceText text = SourceText.of(run + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E y");
        List<HiddenScan.Run> runs = HiddenScan.runs(text, (t, offset, cp) -> CodePoints.isBidi(cp));
        assertEquals(1, runs.size());
        assertEquals(10, runs.get(0).count());
        String described = HiddenScan.describe(text.text(), runs.get(0));
        assertTrue(described.startsWith("U+202A") && described.endsWith(", ..."), described);
        assertEquals(9, described.split(", ").length, described);
    }
}
