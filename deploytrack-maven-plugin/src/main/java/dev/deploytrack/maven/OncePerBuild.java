package dev.deploytrack.maven;

import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.SessionData;

/**
 * Lets a goal bound in a parent POM run once per repository in a reactor build instead of once per module, as the
 * Enforcer's rule cache does: the first module to reach the goal claims the repository in the build session's data
 * (shared by every module, also in a parallel build, and new for each build, also in a daemon such as mvnd), and
 * the others find the claim.
 */
final class OncePerBuild {

    private static final String PREFIX = "dev.deploytrack.maven.ran ";

    private OncePerBuild() {
    }

    /**
     * Claims {@code key} for {@code owner}: empty when this is the first claim (run the goal), else the owner that
     * claimed it first. Without a build session (a goal test), every claim is the first.
     */
    static Optional<String> claim(MavenSession session, String key, String owner) {
        RepositorySystemSession repositorySession = session == null ? null : session.getRepositorySession();
        SessionData data = repositorySession == null ? null : repositorySession.getData();
        if (data == null) {
            return Optional.empty();
        }
        // Compare-and-set: two modules of a parallel build reaching the goal at once cannot both win.
        if (data.set(PREFIX + key, null, owner)) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(data.get(PREFIX + key)));
    }
}
