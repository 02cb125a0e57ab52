package dev.deploytrack.cli;

import dev.deploytrack.git.GitException;
import dev.deploytrack.git.HookInstaller;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code deploytrack install}: writes the git pre-commit hook. */
final class InstallCommand implements Command {

    @Override
    public String name() {
        return "install";
    }

    @Override
    public String summary() {
        return "install the git pre-commit hook in this repository";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar install [--force | --chain]

                Writes a pre-commit hook that runs 'deploytrack pre-commit' through the launcher bin/deploytrack.
                The hooks directory is the one git uses (core.hooksPath, worktrees and submodules are respected).
                An existing hook that deploytrack did not write is left alone unless you choose:
                  --chain    keep it, and run it before deploytrack
                  --force    replace it (it is kept as pre-commit.deploytrack-backup)
                Running install again updates deploytrack's own hook. Remove it with 'uninstall'.

                Exit status: 0 installed, 1 an existing hook was left alone, 2 not a git repository or I/O error.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--force", "--chain", "--help"), Set.of());
        if (arguments.flag("--force") && arguments.flag("--chain")) {
            throw new UsageException("choose one of --force and --chain");
        }
        try {
            HookInstaller installer = HookInstaller.forRepository(console.workingDirectory());
            Path jar = Launcher.runningJar();
            Path launcher = Launcher.locate(jar, installer.hooksDirectory());
            HookInstaller.Outcome outcome = installer.install(launcher, jar, arguments.flag("--force"),
                    arguments.flag("--chain"));
            boolean refused = outcome.status() == HookInstaller.Status.REFUSED;
            (refused ? console.err() : console.out()).println("deploytrack: " + outcome.message());
            return refused ? Exit.FINDINGS : Exit.OK;
        } catch (GitException e) {
            console.error(e.getMessage());
            return Exit.USAGE;
        } catch (IOException e) {
            console.error("cannot write the hook: " + e.getMessage());
            return Exit.USAGE;
        }
    }
}
