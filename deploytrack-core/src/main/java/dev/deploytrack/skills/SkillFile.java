package dev.deploytrack.skills;

/**
 * A skill found in a repository: its {@code SKILL.md} (or lowercase {@code skill.md}) and the name of the directory
 * holding it, which the skill's name must match.
 *
 * @param path          the file, relative to the repository root
 * @param directoryName the name of the skill's directory
 */
public record SkillFile(String path, String directoryName) {

    public static final String FILE_NAME = "SKILL.md";

    /** Whether the file is named in lower case ({@code skill.md}) rather than as specified. */
    public boolean lowercaseFileName() {
        return !path.endsWith(FILE_NAME);
    }
}
