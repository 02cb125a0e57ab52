package dev.deploytrack.skills;

/**
 * What later checks need from a SKILL.md that was read: its name and description as written (for the always-loaded
 * context) and its body (loaded when the skill triggers). Fields that were missing or not strings are empty.
 *
 * @param path          the SKILL.md path relative to the repository root
 * @param name          the name, or empty
 * @param nameLine      the file line of the name value (1 when absent)
 * @param description   the description, or empty
 * @param body          the Markdown after the frontmatter
 * @param bodyStartLine the file line on which the body starts
 */
public record SkillDocument(String path, String name, int nameLine, String description, String body,
                            int bodyStartLine) {
}
