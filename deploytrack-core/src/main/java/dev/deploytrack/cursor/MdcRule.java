package dev.deploytrack.cursor;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Rule;
import dev.deploytrack.skills.Frontmatter;
import dev.deploytrack.source.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Cursor project rule ({@code .cursor/rules/**}{@code /*.mdc}) read as Cursor reads it: not as YAML. Cursor's
 * documented form is unquoted ({@code globs: docs/**}{@code /*.md, docs/**}{@code /*.mdx}, which YAML rejects) and
 * third-party tests on Cursor 3.17.8 show that it takes {@code key: rest of the line} verbatim, quote characters
 * included, and reads a YAML list as empty. So each top-level line {@code key: value} is a field with its text as
 * written, and indented or {@code -} lines after it are kept as its continuation (a YAML list Cursor does not read).
 *
 * @param path      the file
 * @param source    its text
 * @param status    whether it has frontmatter
 * @param fields    the frontmatter fields by key, in file order (the last of a key written twice)
 * @param body      the Markdown after the frontmatter
 * @param bodyLine  the file line the body starts on
 * @param projectDir the directory holding {@code .cursor} ({@code ""} at the repository root), which globs are
 *                  relative to
 */
public record MdcRule(String path, SourceText source, Frontmatter.Status status, Map<String, Field> fields,
                      String body, int bodyLine, String projectDir) {

    /** One {@code key: value} line and the lines continuing it. */
    public record Field(String key, String value, int line, int valueColumn, List<String> continuation) {

        /** Whether the value is a YAML list: {@code [a, b]}, or nothing on the line and {@code - a} lines below. */
        public boolean isYamlList() {
            if (value.startsWith("[")) {
                return true;
            }
            return value.isEmpty() && !continuation.isEmpty() && continuation.get(0).strip().startsWith("-");
        }

        /** Whether the value starts with a quote character, which Cursor keeps as part of it. */
        public boolean isQuoted() {
            return value.startsWith("\"") || value.startsWith("'");
        }
    }

    /** Reads {@code source} at {@code path}. */
    public static MdcRule read(String path, SourceText source) {
        Frontmatter frontmatter = Frontmatter.of(source);
        int cursor = path.lastIndexOf("/.cursor/");
        String projectDir = path.startsWith(".cursor/") || cursor < 0 ? "" : path.substring(0, cursor);
        if (frontmatter.status() != Frontmatter.Status.PRESENT) {
            return new MdcRule(path, source, frontmatter.status(), Map.of(), frontmatter.body(),
                    frontmatter.bodyStartLine(), projectDir);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        String[] lines = frontmatter.yaml().split("\r?\n", -1);
        String key = null;
        int keyLine = 0;
        int valueColumn = 0;
        String value = null;
        List<String> continuation = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean continues = !line.isEmpty() && (Character.isWhitespace(line.charAt(0)) || line.startsWith("-"));
            if (continues && key != null) {
                if (!line.isBlank()) {
                    continuation.add(line);
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (line.isBlank() || line.startsWith("#") || colon <= 0) {
                continue;
            }
            if (key != null) {
                fields.remove(key);
                fields.put(key, new Field(key, value, keyLine, valueColumn, List.copyOf(continuation)));
            }
            key = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1);
            value = rest.strip();
            keyLine = i + 2;
            valueColumn = colon + 2 + (rest.length() - rest.stripLeading().length());
            continuation.clear();
        }
        if (key != null) {
            fields.remove(key);
            fields.put(key, new Field(key, value, keyLine, valueColumn, List.copyOf(continuation)));
        }
        return new MdcRule(path, source, frontmatter.status(), Collections.unmodifiableMap(fields),
                frontmatter.body(), frontmatter.bodyStartLine(), projectDir);
    }

    public Field field(String key) {
        return fields.get(key);
    }

    /** Whether {@code alwaysApply} is the bare word true (what the documentation writes). */
    public boolean alwaysApplies() {
        Field always = fields.get("alwaysApply");
        return always != null && always.value().equals("true");
    }

    public void report(CheckContext context, Rule rule, Field field, String message, String hint) {
        context.report(rule, path, field.line(), 1, message, hint);
    }

    public void reportValue(CheckContext context, Rule rule, Field field, String message, String hint) {
        context.report(rule, path, field.line(), field.valueColumn(), message, hint);
    }
}
