package dev.deploytrack.config;

import java.util.List;
import java.util.Objects;

/**
 * A rule id deploytrack no longer reports, kept so that a repository that named it (to switch it off or change its
 * severity) keeps working: its setting applies to the rules that took its place, and the run warns with their ids.
 *
 * @param id         the retired id
 * @param successors the ids whose findings it used to cover; a setting of the retired id applies to each
 * @param note       what a user should know beyond the new ids (what the successors do not cover), or empty
 */
public record RetiredRule(String id, List<String> successors, String note) {

    public RetiredRule {
        Objects.requireNonNull(id, "id");
        successors = List.copyOf(successors);
        Objects.requireNonNull(note, "note");
        if (successors.isEmpty()) {
            throw new IllegalArgumentException("a retired rule names its successors: " + id);
        }
    }

    /** The deprecation warning for a use of this id under {@code where} (e.g. {@code rules}). */
    public String deprecation(String where) {
        return "rule '" + id + "' is retired; " + where + " now applies to " + String.join(", ", successors)
                + ": write " + (successors.size() == 1 ? "that id" : "those ids") + " instead"
                + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
