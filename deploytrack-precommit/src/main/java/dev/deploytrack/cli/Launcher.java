package dev.deploytrack.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the running jar and its launcher script ({@code bin/deploytrack}, which adds fast-start JVM options and the
 * class-data-sharing archive) are. The launcher ships inside the jar and is written out when no copy sits beside it.
 */
final class Launcher {

    static final String RESOURCE = "launcher/deploytrack";

    private Launcher() {
    }

    /** The jar this code runs from, or {@code null} when it does not run from a jar (tests). */
    static Path runningJar() {
        try {
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    /**
     * The launcher to run: {@code bin/deploytrack} of a distribution (beside the jar's directory) or of the source
     * checkout the jar was built in; otherwise the copy inside the jar, written to {@code fallbackDirectory}.
     */
    static Path locate(Path jar, Path fallbackDirectory) throws IOException {
        if (jar != null) {
            Path directory = jar.toAbsolutePath().getParent();
            for (Path candidate : new Path[] {directory.resolve("bin/deploytrack"),
                    directory.resolve("../../bin/deploytrack").normalize()}) {
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        Files.createDirectories(fallbackDirectory);
        Path launcher = fallbackDirectory.resolve("deploytrack-launcher");
        try (InputStream in = Launcher.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the launcher script is missing from deploytrack.jar");
            }
            Path temporary = Files.createTempFile(fallbackDirectory, ".deploytrack-launcher", ".tmp");
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // Windows: git's sh runs it without an execute bit
            }
            Files.move(temporary, launcher, StandardCopyOption.REPLACE_EXISTING);
        }
        return launcher;
    }
}
