package dev.deploytrack.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** A goal that checks a repository and writes report files (validate, scan, cost-check). */
abstract class AbstractCheckMojo extends AbstractRepositoryMojo {

    /**
     * Where report files are written. Unset: {@code target/deploytrack} of the project at the repository's root
     * (of this project when the root has none), or under the current directory when there is no POM.
     */
    @Parameter(property = "deploytrack.outputDirectory")
    protected File outputDirectory;

    /** The directory report files go to. */
    protected File outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory;
        }
        MavenProject atRoot = projectAtRoot();
        MavenProject owner = atRoot != null ? atRoot : RepositoryRoot.hasPom(project) ? project : null;
        if (owner != null && owner.getBuild() != null && owner.getBuild().getDirectory() != null) {
            return new File(owner.getBuild().getDirectory(), "deploytrack");
        }
        return root().resolve("target").resolve("deploytrack").toFile();
    }
}
