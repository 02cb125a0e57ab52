package dev.deploytrack.check;

/**
 * One kind of check over a repository's agent configuration (skills, MCP configs, token budgets...). A check reads
 * files through its {@link CheckContext} and reports there; it never throws for bad input.
 */
@FunctionalInterface
public interface Check {

    void run(CheckContext context);

    /**
     * Whether this check reads only the workspace (never another check's results or the shared text cache), so it
     * may run on its own thread, with its own context, while the others run: the secret scan, which reads every file.
     */
    default boolean runsAlone() {
        return false;
    }
}
