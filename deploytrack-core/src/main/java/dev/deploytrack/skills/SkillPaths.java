package dev.deploytrack.skills;

import java.util.ArrayList;
import java.util.List;

/** Relative paths within a skill's directory. */
final class SkillPaths {

    private SkillPaths() {
    }

    /** {@code path} normalised (no '.', '..' resolved); null when it leaves the skill's directory. */
    static String inside(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
