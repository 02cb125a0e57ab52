package dev.deploytrack.cli;

import dev.deploytrack.drift.DriftException;
import dev.deploytrack.drift.GitHistory;
import dev.deploytrack.drift.ProjectScope;
import dev.deploytrack.registry.Registry;

/** What {@code request} and {@code checklist} share: which project, and how a problem of git or drift is said. */
final class ReleaseOptions {

    private ReleaseOptions() {
    }

    static ProjectScope scope(Arguments arguments, Console console, Registry registry, GitHistory git)
            throws DriftException {
        String project = arguments.value("--project");
        return ProjectScope.resolve(registry, console.workingDirectory(), arguments.value("--name"),
                project == null ? null : console.resolve(project), git.top());
    }

    static int failed(Console console, DriftException e) {
        console.error(e.problem().in(CommandLineWording.INSTANCE));
        if (e.hint() != null) {
            console.err().println("    hint: " + e.hint().in(CommandLineWording.INSTANCE));
        }
        return Exit.USAGE;
    }
}
