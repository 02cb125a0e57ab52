package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script, bin/deploytrack, run as users run it. */
class LauncherIT {

    @TempDir
    Path dir;

    @AfterEach
    void waitForBackgroundTraining() throws Exception {
        Launchers.waitForTraining(dir.resolve("cache"));
    }

    private GitRepo.Result launch(Path javaHome, Path launcher) {
        return GitRepo.init(dir.resolve("repo")).run(Map.of("JAVA_HOME", javaHome.toString(),
                "DEPLOYTRACK_CACHE", dir.resolve("cache").toString(),
                "DEPLOYTRACK_JAR", System.getProperty("deploytrack.jar")), launcher.toString(), "--version");
    }

    /**
     * A JAVA_HOME that is a symlink switched to an older JDK (SDKMAN's {@code current}, alternatives): the launcher
     * must notice the switch, though the new java binary is older than what it remembered, and not pass the other
     * JDK's options (the JVM refuses an option it does not know, which would fail every commit).
     */
    @Test
    void aJavaHomeSwitchedToAnOlderJdkIsNoticed() throws Exception {
        // A "JDK 25" whose java only records that it ran; its files are newer than the real JDK's.
        Path newer = Files.createDirectories(dir.resolve("jdk-25/bin"));
        Files.writeString(newer.getParent().resolve("release"), "JAVA_VERSION=\"25.0.3\"\n");
        Path fakeJava = newer.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho \"fake java 25 $*\"\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path current = dir.resolve("current");
        Files.createSymbolicLink(current, newer.getParent());
        Path launcher = Path.of(System.getProperty("deploytrack.launcher"));

        GitRepo.Result first = launch(current, launcher);
        assertTrue(first.output().contains("fake java 25") && first.output().contains("-XX:-AOTReplayTraining"),
                first.output());

        Files.delete(current);
        Files.createSymbolicLink(current, Path.of(System.getProperty("java.home")));
        GitRepo.Result second = launch(current, launcher);
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().startsWith("deploytrack "), second.output());
    }

    /** Installed as a symlink elsewhere (e.g. /usr/local/bin/deploytrack), it still finds the jar beside itself. */
    @Test
    void aSymlinkToTheLauncherFindsTheJar() throws Exception {
        Path link = Files.createDirectories(dir.resolve("usr-local-bin")).resolve("deploytrack");
        Files.createSymbolicLink(link, Path.of(System.getProperty("deploytrack.launcher")));
        GitRepo.Result result = GitRepo.init(dir.resolve("repo")).run(Map.of(
                "DEPLOYTRACK_CACHE", dir.resolve("cache").toString()), link.toString(), "--version");
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().startsWith("deploytrack "), result.output());
    }

    /**
     * The pre-commit framework's clone of a release tag has no jar: the launcher fetches the released one by its
     * coordinates (here from a stand-in for Maven Central), says so, keeps it in the local Maven repository, and
     * uses that copy from then on. Only a jar whose SHA-256 is the one pinned in the clone (bin/deploytrack.sha256)
     * is used: a server that replaces the jar and its own checksum files alike is not believed, and a version
     * without a pinned checksum is built from source rather than downloaded.
     */
    @Test
    void aReleaseCloneFetchesTheReleasedJarByItsCoordinates() throws Exception {
        Path clone = Files.createDirectories(dir.resolve("clone/bin")).getParent();
        Files.copy(Path.of(System.getProperty("deploytrack.launcher")), clone.resolve("bin/deploytrack"));
        Files.setPosixFilePermissions(clone.resolve("bin/deploytrack"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(clone.resolve("pom.xml"), "<project>\n  <parent>\n    <version>1.0</version>\n  </parent>\n"
                + "  <version>9.9.9</version>\n</project>\n");
        Files.writeString(clone.resolve("mvnw"), "#!/bin/sh\necho 'mvnw ran' >&2\nexit 3\n");
        Files.setPosixFilePermissions(clone.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path released = Files.createDirectories(dir.resolve("central/dev/deploytrack/deploytrack/9.9.9"))
                .resolve("deploytrack-9.9.9.jar");
        Files.copy(Path.of(System.getProperty("deploytrack.jar")), released);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(released));
        Files.writeString(released.resolveSibling("deploytrack-9.9.9.jar.sha1"),
                java.util.HexFormat.of().formatHex(digest) + "\n");
        byte[] sha256 = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(released));
        Files.writeString(clone.resolve("bin/deploytrack.sha256"), "# pinned\n9.9.8 " + "0".repeat(64) + "\n9.9.9 "
                + java.util.HexFormat.of().formatHex(sha256) + "\n");
        Map<String, String> env = Map.of("DEPLOYTRACK_CACHE", dir.resolve("cache").toString(),
                "DEPLOYTRACK_MAVEN_REPO", dir.resolve("m2").toString(),
                "DEPLOYTRACK_MAVEN_CENTRAL", dir.resolve("central").toUri().toString());
        GitRepo repo = GitRepo.init(dir.resolve("repo"));

        GitRepo.Result first = repo.run(env, clone.resolve("bin/deploytrack").toString(), "--version");
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("deploytrack: downloading dev.deploytrack:deploytrack:9.9.9 from "),
                first.output());
        assertTrue(Files.isRegularFile(dir.resolve("m2/dev/deploytrack/deploytrack/9.9.9/deploytrack-9.9.9.jar")));
        assertTrue(!first.output().contains("mvnw ran"), first.output());

        Files.delete(released); // from now on the local Maven repository has it
        GitRepo.Result second = repo.run(env, clone.resolve("bin/deploytrack").toString(), "--version");
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().startsWith("deploytrack "), "quiet once fetched: " + second.output());

        // The server replaces the jar and its own checksum alike: the pinned SHA-256 still refuses it.
        Files.writeString(released, "not the jar");
        Files.writeString(released.resolveSibling("deploytrack-9.9.9.jar.sha1"), java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(released))) + "\n");
        Files.writeString(released.resolveSibling("deploytrack-9.9.9.jar.sha256"), java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(released)))
                + "\n");
        Map<String, String> fresh = new java.util.HashMap<>(env);
        fresh.put("DEPLOYTRACK_MAVEN_REPO", dir.resolve("m2-fresh").toString());
        GitRepo.Result tampered = repo.run(fresh, clone.resolve("bin/deploytrack").toString(), "--version");
        assertEquals(2, tampered.exit(), tampered.output());
        assertTrue(tampered.output().contains("its SHA-256 is not the one pinned in bin/deploytrack.sha256"),
                tampered.output());
        assertTrue(tampered.output().contains("building deploytrack.jar once from source"), tampered.output());
        assertTrue(!Files.exists(dir.resolve("m2-fresh/dev/deploytrack/deploytrack/9.9.9/deploytrack-9.9.9.jar")));

        // A version with nothing pinned is never downloaded.
        Files.writeString(clone.resolve("bin/deploytrack.sha256"), "9.9.8 " + "0".repeat(64) + "\n");
        GitRepo.Result unpinned = repo.run(fresh, clone.resolve("bin/deploytrack").toString(), "--version");
        assertEquals(2, unpinned.exit(), unpinned.output());
        assertTrue(unpinned.output().contains("no SHA-256 is pinned for 9.9.9"), unpinned.output());
        assertTrue(!unpinned.output().contains("downloading"), unpinned.output());
        assertTrue(unpinned.output().contains("building deploytrack.jar once from source"), unpinned.output());
    }
}
