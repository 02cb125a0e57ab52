package dev.deploytrack.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which repository a goal checks, and that it runs once for it in a build. */
class RepositoryRootTest {

    @TempDir
    Path dir;

    private static MavenProject project(Path directory, MavenProject parent) throws Exception {
        Files.createDirectories(directory);
        Path pom = Files.writeString(directory.resolve("pom.xml"), "<project/>");
        MavenProject project = new MavenProject();
        project.setFile(pom.toFile());
        if (parent != null) {
            project.setParent(parent);
            project.setParentFile(parent.getFile());
        }
        return project;
    }

    private static MavenSession startedIn(Path directory) {
        MavenSession session = mock(MavenSession.class);
        when(session.getExecutionRootDirectory()).thenReturn(directory.toString());
        return session;
    }

    @Test
    void aModuleBelongsToTheRepositoryOfItsParentPomOnDisk() throws Exception {
        MavenProject parent = project(dir.resolve("shop"), null);
        MavenProject module = project(dir.resolve("shop/shop-api"), parent);
        // cd shop-api && mvn verify: started in the module, the parent POM leads back to the root.
        assertEquals(dir.resolve("shop"), RepositoryRoot.locate(null, module, startedIn(dir.resolve("shop/shop-api"))));
        assertEquals(dir.resolve("shop"), RepositoryRoot.locate(null, parent, startedIn(dir.resolve("shop"))));
    }

    @Test
    void theDirectoryMavenStartedInCountsWhenItHoldsTheProject() throws Exception {
        // An aggregator at the root whose modules take their parent from a repository.
        project(dir.resolve("shop"), null);
        MavenProject module = project(dir.resolve("shop/shop-api"), null);
        assertEquals(dir.resolve("shop"), RepositoryRoot.locate(null, module, startedIn(dir.resolve("shop"))));
        assertEquals(dir.resolve("shop/shop-api"),
                RepositoryRoot.locate(null, module, startedIn(dir.resolve("elsewhere"))));
    }

    @Test
    void withoutAParentOnDiskTheNearestConfigurationWithinTheGitWorkTreeIsTheRoot() throws Exception {
        Path repository = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        MavenProject module = project(repository.resolve("services/api"), null);
        MavenSession inModule = startedIn(repository.resolve("services/api"));
        assertEquals(repository.resolve("services/api"), RepositoryRoot.locate(null, module, inModule),
                "no deploytrack.yml: the module's own directory");
        Files.writeString(repository.resolve("deploytrack.yml"), "strict: false\n");
        assertEquals(repository, RepositoryRoot.locate(null, module, inModule));
        // Never above the git work tree: a deploytrack.yml in a directory holding the repository is not its own.
        Files.delete(repository.resolve("deploytrack.yml"));
        Files.writeString(dir.resolve("deploytrack.yml"), "strict: true\n");
        assertEquals(repository.resolve("services/api"), RepositoryRoot.locate(null, module, inModule));
    }

    @Test
    void anExplicitDirectoryWinsAndNoPomMeansTheCurrentDirectory() throws Exception {
        MavenProject module = project(dir.resolve("a/b"), null);
        assertEquals(dir.resolve("x"), RepositoryRoot.locate(dir.resolve("x").toFile(), module, null));
        MavenProject standalone = new MavenProject(); // Maven's stand-in project without a POM has no file
        assertFalse(RepositoryRoot.hasPom(standalone));
        assertEquals(dir.resolve("cwd"), RepositoryRoot.locate(null, standalone, startedIn(dir.resolve("cwd"))));
    }

    @Test
    void theFirstModuleClaimsTheRepositoryAndTheOthersAreToldWhichOne() {
        MavenSession session = mock(MavenSession.class);
        when(session.getRepositorySession()).thenReturn(new DefaultRepositorySystemSession());
        assertEquals(Optional.empty(), OncePerBuild.claim(session, "validate default /repo", "shop-parent"));
        assertEquals(Optional.of("shop-parent"), OncePerBuild.claim(session, "validate default /repo", "shop-api"));
        assertEquals(Optional.empty(), OncePerBuild.claim(session, "validate default /other", "tools"));
        assertEquals(Optional.empty(), OncePerBuild.claim(session, "validate production /repo", "shop-api"),
                "another execution of the goal runs too");
        // A new build has new session data: nothing carries over (a daemon such as mvnd keeps the plugin loaded).
        MavenSession next = mock(MavenSession.class);
        when(next.getRepositorySession()).thenReturn(new DefaultRepositorySystemSession());
        assertTrue(OncePerBuild.claim(next, "validate default /repo", "shop-parent").isEmpty());
        assertTrue(OncePerBuild.claim(null, "validate default /repo", "x").isEmpty(), "no build session: run");
    }
}
