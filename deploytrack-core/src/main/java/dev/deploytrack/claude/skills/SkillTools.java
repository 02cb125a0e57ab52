package dev.deploytrack.claude.skills;

import dev.deploytrack.claude.ClaudeMarkdown;
import dev.deploytrack.claude.ToolList;
import java.util.ArrayList;
import java.util.List;

/** The entries of a skill's or command's allowed-tools and disallowed-tools. */
final class SkillTools {

    static final String[] FIELDS = {"allowed-tools", "disallowed-tools"};

    private SkillTools() {
    }

    static List<ToolList.Entry> entries(ClaudeMarkdown skill, String field) {
        return skill.field(field).map(ToolList::entries).orElse(List.of());
    }

    static List<ToolList.Entry> allowed(ClaudeMarkdown skill) {
        return new ArrayList<>(entries(skill, "allowed-tools"));
    }
}
