package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Starts {@link RegistryChild} in a JVM of its own, on the classes and libraries this test runs with. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectErrorStream(true).start();
    }

    /**
     * The same under a limit on the size of files it writes ({@code ulimit -f}, in KiB), where a write past it fails
     * with "File too large" (the JVM ignores SIGXFSZ). Needs a POSIX shell.
     */
    static Process startWithFileSizeLimit(long kibibytes, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "ulimit -f " + kibibytes + " && exec \"$@\"",
                "sh"));
        command.addAll(command(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData",
                "-cp", classpath(), RegistryChild.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** The main and test classes and the jars of the libraries the core uses, wherever the build put them. */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(RegistryChild.class, RegistryStore.class, ObjectMapper.class, JsonFactory.class,
                JsonProperty.class, LoadSettings.class, org.postgresql.Driver.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
