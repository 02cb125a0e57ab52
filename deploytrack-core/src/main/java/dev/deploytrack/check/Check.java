package dev.deploytrack.check;

/**
 * One kind of check over a repository's agent configuration (skills, MCP configs, token budgets...). A check reads
 * files through its {@link CheckContext} and reports there; it never throws for bad input.
 */
@FunctionalInterface
public interface Check {

    void run(CheckContext context);
}
