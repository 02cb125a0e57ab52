package dev.deploytrack.cursor;

import dev.deploytrack.workspace.GlobList;
import java.util.ArrayList;
import java.util.List;

/** The patterns a {@code globs} field means (for hints), and the ones Cursor actually reads. */
final class CursorGlobs {

    private CursorGlobs() {
    }

    /** The patterns the author meant, quotes and list syntax taken off. */
    static List<String> patterns(MdcRule.Field globs) {
        List<String> patterns = new ArrayList<>();
        if (globs.isYamlList()) {
            String inline = globs.value().replaceAll("^\\[|]$", "");
            for (GlobList.Pattern pattern : GlobList.split(inline)) {
                patterns.add(unquote(pattern.text()));
            }
            for (String line : globs.continuation()) {
                String item = line.strip();
                if (item.startsWith("-")) {
                    patterns.add(unquote(item.substring(1).strip()));
                }
            }
        } else {
            for (GlobList.Pattern pattern : GlobList.split(globs.value())) {
                patterns.add(unquote(pattern.text()));
            }
        }
        patterns.removeIf(String::isEmpty);
        return patterns;
    }

    private static String unquote(String text) {
        String stripped = text.strip();
        while (!stripped.isEmpty() && (stripped.charAt(0) == '"' || stripped.charAt(0) == '\'')) {
            stripped = stripped.substring(1);
        }
        while (!stripped.isEmpty() && (stripped.endsWith("\"") || stripped.endsWith("'"))) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped.strip();
    }

    /** Whether Cursor reads the field as patterns at all (unquoted, not a list, not empty). */
    static boolean readable(MdcRule.Field globs) {
        return globs != null && !globs.isYamlList() && !globs.isQuoted() && !globs.value().isEmpty();
    }
}
