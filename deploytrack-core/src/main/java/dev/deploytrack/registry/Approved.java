package dev.deploytrack.registry;

import java.util.List;

/**
 * What {@code approve} did.
 *
 * @param added      approvals recorded now
 * @param alreadyThere approvals the same person had already given (nothing to add)
 */
public record Approved(List<Approval> added, List<Approval> alreadyThere) {

    public Approved {
        added = List.copyOf(added);
        alreadyThere = List.copyOf(alreadyThere);
    }
}
