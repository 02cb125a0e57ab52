package dev.deploytrack.skills;

import dev.deploytrack.yaml.YamlMappingReader;
import java.util.List;

/**
 * How skills are judged where the specification leaves room ({@code skills:} in {@code deploytrack.yml}).
 *
 * @param asciiNames    reject non-ASCII letters in names (the reference validator accepts any lowercase letter)
 * @param allowedFields extra top-level frontmatter fields to accept, e.g. client extensions such as
 *                      {@code argument-hint}
 * @param maxBodyLines  body length above which a warning recommends moving material to referenced files
 */
public record SkillSettings(boolean asciiNames, List<String> allowedFields, int maxBodyLines) {

    /** The specification's guidance: keep SKILL.md under 500 lines. */
    public static final int DEFAULT_MAX_BODY_LINES = 500;

    public SkillSettings {
        allowedFields = List.copyOf(allowedFields);
    }

    public static SkillSettings defaults() {
        return new SkillSettings(false, List.of(), DEFAULT_MAX_BODY_LINES);
    }

    /** Binds the {@code skills:} section of deploytrack.yml. */
    public static SkillSettings bind(YamlMappingReader skills) {
        SkillSettings defaults = defaults();
        return new SkillSettings(
                skills.bool("ascii-names", defaults.asciiNames()),
                skills.stringList("allowed-fields"),
                (int) skills.integer("max-body-lines", defaults.maxBodyLines(), 1, 1_000_000));
    }
}
