package dev.deploytrack.gemini;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.memory.Imports;
import dev.deploytrack.source.SourceText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A GEMINI.md with its {@code @file.md} imports: "This feature supports both relative and absolute paths"; "@ imports
 * inside these regions [code blocks, inline code] are properly ignored" (memport). The import syntax is Claude Code's,
 * so the same reader finds them.
 *
 * @param files the repository's files, to resolve imports against
 */
public record GeminiMemory(String path, SourceText source, Set<String> files) {

    static GeminiMemory of(String path, SourceText source, CheckContext context) {
        return new GeminiMemory(path, source, new HashSet<>(context.workspace().files()));
    }

    public List<Imports.Import> imports() {
        return Imports.of(source.text());
    }

    /**
     * The repository path an import of {@code from} names, or null when it leaves the repository (absolute, home,
     * or above the root), which deploytrack cannot see.
     */
    static String resolve(String from, String imported) {
        if (imported.startsWith("/") || imported.startsWith("~")) {
            return null;
        }
        int slash = from.lastIndexOf('/');
        String dir = slash < 0 ? "" : from.substring(0, slash);
        String joined = dir.isEmpty() ? imported : dir + "/" + imported;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
