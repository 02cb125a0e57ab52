package dev.deploytrack.drift;

/** How an agent deployed to an environment stands against the commit it is compared with. */
public enum DriftStatus {
    /** Its files are the same at the deployed commit and at the target (a change and its revert included). */
    IN_SYNC("in sync", false),
    /** Its files changed since the deployed commit. */
    DRIFTED("drifted", true),
    /** The project deploys to the environment, but this agent was never deployed there. */
    NEVER_DEPLOYED("never deployed", true),
    /** It was deployed, and its files are gone from the target: the removal is not deployed. */
    REMOVED("removed, still deployed", true),
    /** It was deployed from a commit after the target: it runs newer files than the target has. */
    AHEAD("ahead of the target", false),
    /** The deployed commit is not known or not in this repository: nothing shows the agent is in sync. */
    UNKNOWN("cannot tell", true);

    private final String label;
    private final boolean behind;

    DriftStatus(String label, boolean behind) {
        this.label = label;
        this.behind = behind;
    }

    public String label() {
        return label;
    }

    /** Whether the agent needs a deployment to catch up (and so counts against the environment's limit). */
    public boolean behind() {
        return behind;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
