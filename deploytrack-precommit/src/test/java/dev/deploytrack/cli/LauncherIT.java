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
}
