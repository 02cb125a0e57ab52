package dev.deploytrack.skills;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The repository's files and skills, for rules that compare a skill with the rest. */
public final class SkillIndex {

    private final Set<String> files;
    private final Map<String, List<String>> skillsByScopeAndName = new LinkedHashMap<>();

    SkillIndex(List<String> files) {
        this.files = new HashSet<>(files);
    }

    public boolean exists(String path) {
        return files.contains(path);
    }

    void addName(String scope, String name, String path) {
        skillsByScopeAndName.computeIfAbsent(scope + "\u0000" + name, key -> new ArrayList<>()).add(path);
    }

    /** The SKILL.md files of one scope that declare {@code name}, in path order. */
    public List<String> named(String scope, String name) {
        return skillsByScopeAndName.getOrDefault(scope + "\u0000" + name, List.of());
    }
}
