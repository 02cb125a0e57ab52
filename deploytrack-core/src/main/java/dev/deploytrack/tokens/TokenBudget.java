package dev.deploytrack.tokens;

import dev.deploytrack.workspace.Glob;

/**
 * A maximum token count for the files a glob matches ({@code tokens.files} in deploytrack.yml). For a SKILL.md the
 * budget applies to the body, which is what loads when the skill triggers; for any other file, to the whole text.
 */
public record TokenBudget(Glob files, int max) {
}
