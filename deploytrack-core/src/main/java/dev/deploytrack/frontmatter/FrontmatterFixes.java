package dev.deploytrack.frontmatter;

import dev.deploytrack.fix.Fix;
import dev.deploytrack.fix.TextEdit;
import dev.deploytrack.report.Rule;
import dev.deploytrack.skills.Frontmatter;
import dev.deploytrack.source.LineIndex;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.SafeYaml;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The fixes of frontmatter, built only by {@code validate --fix}: edits placed by the YAML parser's marks (or, where
 * strict YAML cannot read the text, by the spans of Claude Code's line reader), each checked by reading the fixed
 * file again the way its tool reads it before it is offered. Every byte outside an edit stays: line endings, comments,
 * a byte-order mark, the order of fields.
 */
public final class FrontmatterFixes {

    /** A plain value starting with one of these is structure, not text: quoting it changes what it means. */
    private static final String STRUCTURE = "|>[{&*!\"'";

    private FrontmatterFixes() {
    }

    /**
     * Quotes the single-line values that strict YAML misreads ({@code description: Use when: x}), as Claude Code's
     * repair pass quotes them, so that every reader gets the text Claude Code gets. Safe unless a value starts with
     * a character of YAML structure; never offered for Cursor's {@code .mdc} (Cursor keeps quotes literally), whose
     * rules do not read YAML at all.
     *
     * @param lenient whether the file's tool keeps the last of two equal keys (Claude Code)
     * @return the fix, or null when quoting would not make the frontmatter valid YAML
     */
    public static Fix quoteValues(Rule rule, String path, SourceText source, FrontmatterRead read, boolean lenient) {
        Frontmatter frontmatter = read.frontmatter();
        if (frontmatter == null || frontmatter.status() != Frontmatter.Status.PRESENT) {
            return null;
        }
        List<Integer> lines = new ArrayList<>();
        if (read.outcome() == FrontmatterRead.Outcome.REPAIRED) {
            lines.addAll(read.repairedLines());
        } else if (read.outcome() == FrontmatterRead.Outcome.INVALID) {
            ClaudeRepair.Repaired repaired = ClaudeRepair.repair(frontmatter.yaml());
            if (repaired.lines().isEmpty() || !parses(repaired.yaml(), lenient)) {
                return null;
            }
            for (int line : repaired.lines()) {
                lines.add(line + 2);
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        List<TextEdit> edits = new ArrayList<>();
        boolean safe = true;
        List<String> keys = new ArrayList<>();
        for (int line : lines) {
            int start = source.lines().lineStart(line);
            String content = lineContent(source, line);
            int[] span = ClaudeRepair.valueSpan(content);
            if (span == null) {
                return null;
            }
            String value = content.substring(span[0], span[1]);
            // Quoting keeps Claude Code's reading; where strict readers would see a comment (' #') or structure,
            // their reading changes, so the fix is not certain.
            safe &= STRUCTURE.indexOf(value.charAt(0)) < 0 && !value.contains(" #") && !value.contains("\t#");
            keys.add(ClaudeRepair.topLevelKey(content));
            edits.add(new TextEdit(start + span[0], start + span[1], ClaudeRepair.quote(value)));
        }
        Fix fix = Fix.edit(rule, path, lines.get(0), safe, "quote the value of '" + String.join("', '", keys) + "'",
                source.text(), edits);
        return readsStrictly(fix, lenient) ? fix : null;
    }

    /**
     * Closes frontmatter whose closing {@code ---} is missing, where there is only one place it can go: after a run
     * of single-line fields the file type knows ({@code known}), followed by the end of the file or by a line that
     * cannot continue them (not indented), with no known field later in the file. Anything less certain is left.
     */
    public static Fix close(Rule rule, String path, SourceText source, Set<String> known, Reading reading) {
        LineIndex lines = source.lines();
        int count = lastLine(source);
        int last = 1;
        for (int line = 2; line <= count; line++) {
            String key = ClaudeRepair.topLevelKey(lineContent(source, line));
            if (key == null || !known.contains(key)) {
                break;
            }
            last = line;
        }
        if (last < 2) {
            return null;
        }
        for (int line = last + 1; line <= count; line++) {
            String content = lineContent(source, line);
            if (line == last + 1 && !content.isEmpty() && (content.charAt(0) == ' ' || content.charAt(0) == '\t')) {
                return null; // the last value may go on: where it ends is a guess
            }
            String key = ClaudeRepair.topLevelKey(content);
            if (key != null && known.contains(key)) {
                return null; // a field further down: the frontmatter may be meant to reach it
            }
        }
        String text = source.text();
        TextEdit edit;
        if (last < count) {
            edit = TextEdit.insert(lines.lineStart(last + 1), "---" + lineEnding(source, last));
        } else {
            // The fields run to the end of the file: close it there, keeping the file's final-newline state.
            String ending = lineEnding(source, last);
            edit = ending.isEmpty() ? TextEdit.insert(text.length(), lineEnding(source, 1) + "---")
                    : TextEdit.insert(text.length(), "---" + ending);
        }
        Fix fix = Fix.edit(rule, path, 1, true, "close the frontmatter after line " + last, text, List.of(edit));
        return hasFields(fix, reading) ? fix : null;
    }

    /**
     * Opens frontmatter whose opening {@code ---} is missing: the file starts with single-line fields the file type
     * knows and a {@code ---} line follows them.
     */
    public static Fix open(Rule rule, String path, SourceText source, Set<String> known, Reading reading) {
        int count = lastLine(source);
        int line = 1;
        while (line <= count) {
            String key = ClaudeRepair.topLevelKey(lineContent(source, line));
            if (key == null || !known.contains(key)) {
                break;
            }
            line++;
        }
        if (line == 1 || line > count || !lineContent(source, line).strip().equals("---")
                || !lineContent(source, line).startsWith("---")) {
            return null;
        }
        String ending = lineEnding(source, 1);
        Fix fix = Fix.edit(rule, path, 1, true, "open the frontmatter with a '---' line", source.text(),
                List.of(TextEdit.insert(0, "---" + ending)));
        return hasFields(fix, reading) ? fix : null;
    }

    /**
     * Replaces the value node of a field with {@code replacement} (YAML as it is to be written), checked by reading
     * the fixed file again: the field must then satisfy {@code check}. Null when the node's line was rewritten by
     * Claude Code's repair (its positions are the repaired text's; the quoting fix goes first) or the check fails.
     */
    public static Fix replaceValue(Rule rule, String path, SourceText source, FrontmatterRead read, String field,
                                   Node value, String replacement, boolean safe, String description,
                                   Predicate<Node> check) {
        int[] span = span(source, read, value);
        if (span == null) {
            return null;
        }
        return replace(rule, path, source, read, field, span, replacement, safe, description, check);
    }

    /** Replaces the characters {@code span} of the file, checked as {@link #replaceValue} checks. */
    public static Fix replace(Rule rule, String path, SourceText source, FrontmatterRead read, String field,
                              int[] span, String replacement, boolean safe, String description,
                              Predicate<Node> check) {
        int line = source.lines().line(span[0]);
        Fix fix = Fix.edit(rule, path, line, safe, description, source.text(),
                List.of(new TextEdit(span[0], span[1], replacement)));
        boolean lenient = read.outcome() == FrontmatterRead.Outcome.REPAIRED || !read.duplicates().isEmpty();
        FrontmatterRead fixed = FrontmatterReader.read(Frontmatter.split(fixedText(fix)),
                lenient ? Reading.CLAUDE_CODE : Reading.STRICT);
        if (!fixed.hasFields() || fixed.field(field).isEmpty() || !check.test(fixed.field(field).get())) {
            return null;
        }
        return fix;
    }

    /**
     * The characters of the file a node spans, or null when its line was rewritten by Claude Code's repair.
     */
    public static int[] span(SourceText source, FrontmatterRead read, Node node) {
        if (node.getStartMark().isEmpty() || node.getEndMark().isEmpty()) {
            return null;
        }
        Mark start = node.getStartMark().get();
        Mark end = node.getEndMark().get();
        if (read.repairedLines().contains(start.getLine() + 2) || read.repairedLines().contains(end.getLine() + 2)) {
            return null;
        }
        return new int[] {offset(source, start), offset(source, end)};
    }

    /** The file offset of a mark of frontmatter YAML (which starts on file line 2); columns count code points. */
    public static int offset(SourceText source, Mark mark) {
        int lineStart = source.lines().lineStart(mark.getLine() + 2);
        String text = source.text();
        int offset = lineStart;
        for (int i = 0; i < mark.getColumn() && offset < text.length(); i++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    /** A value quoted as Claude Code's repair quotes it: single quotes, or double quotes when it holds a '. */
    public static String quote(String value) {
        return ClaudeRepair.quote(value);
    }

    /** The text of a file line without its line break. */
    public static String lineContent(SourceText source, int line) {
        String text = source.text();
        int start = source.lines().lineStart(line);
        int end = line < source.lines().lineCount() ? source.lines().lineStart(line + 1) : text.length();
        String content = text.substring(start, end);
        return content.substring(0, content.length() - lineEndingOf(content).length());
    }

    /** The line break ending file line {@code line} ({@code "\r\n"}, {@code "\n"}, {@code "\r"} or none). */
    public static String lineEnding(SourceText source, int line) {
        String text = source.text();
        int start = source.lines().lineStart(line);
        int end = line < source.lines().lineCount() ? source.lines().lineStart(line + 1) : text.length();
        return lineEndingOf(text.substring(start, end));
    }

    private static String lineEndingOf(String line) {
        return line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : line.endsWith("\r") ? "\r" : "";
    }

    /** The last line holding text (a file ending in a line break has an empty line after it, not counted). */
    private static int lastLine(SourceText source) {
        int count = source.lines().lineCount();
        return count > 1 && source.lines().lineStart(count) == source.text().length() ? count - 1 : count;
    }

    private static String fixedText(Fix fix) {
        return TextEdit.apply(fix.original(), fix.edits());
    }

    private static boolean parses(String yaml, boolean lenient) {
        try {
            SafeYaml.parse(yaml, 2, lenient);
            return true;
        } catch (YamlSyntaxException e) {
            return false;
        }
    }

    /** Whether the fixed frontmatter is valid YAML as written (no repair needed). */
    private static boolean readsStrictly(Fix fix, boolean lenient) {
        Frontmatter fixed = Frontmatter.split(fixedText(fix));
        return fixed.status() == Frontmatter.Status.PRESENT && parses(fixed.yaml(), lenient);
    }

    private static boolean hasFields(Fix fix, Reading reading) {
        return FrontmatterReader.read(Frontmatter.split(fixedText(fix)), reading).hasFields();
    }
}
