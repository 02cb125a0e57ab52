package dev.deploytrack.cli;

import dev.deploytrack.git.GitException;
import dev.deploytrack.git.HookInstaller;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** {@code deploytrack uninstall}: removes deploytrack's own pre-commit hook, and nothing else. */
final class UninstallCommand implements Command {

    @Override
    public String name() {
        return "uninstall";
    }

    @Override
    public String summary() {
        return "remove deploytrack's pre-commit hook (a chained hook is put back)";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar uninstall

                Removes the pre-commit hook that 'install' wrote. A hook deploytrack did not write is left alone;
                a hook that install --chain kept is put back in place.

                Exit status: 0 removed or nothing to remove, 1 the hook is not deploytrack's, 2 git or I/O error.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments.parse(args, Set.of("--help"), Set.of());
        try {
            HookInstaller installer = HookInstaller.forRepository(console.workingDirectory());
            HookInstaller.Outcome outcome = installer.uninstall();
            console.out().println("deploytrack: " + outcome.message());
            return outcome.status() == HookInstaller.Status.REFUSED ? Exit.FINDINGS : Exit.OK;
        } catch (GitException e) {
            console.error(e.getMessage());
            return Exit.USAGE;
        } catch (IOException e) {
            console.error("cannot remove the hook: " + e.getMessage());
            return Exit.USAGE;
        }
    }
}
