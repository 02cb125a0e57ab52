package dev.deploytrack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs many command lines in one JVM, on the process's real standard output and error: what a test needs to see
 * everything a command prints, also what bypasses the command's console (a library's logger writing to
 * {@code System.err}), without paying for a JVM per command. Reads a JSON file of
 * {@code [{"dir": ..., "env": {...}, "args": [...]}, ...]}; prints {@code --- exit N} after each run.
 */
public final class CliChild {

    private CliChild() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        for (JsonNode run : runs) {
            Map<String, String> environment = new HashMap<>(System.getenv());
            run.path("env").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
            List<String> arguments = new ArrayList<>();
            run.path("args").forEach(a -> arguments.add(a.asText()));
            Console console = new Console(System.in, System.out, System.err, Path.of(run.path("dir").asText()),
                    environment);
            int exit = Main.run(arguments, console);
            System.out.flush();
            System.err.flush();
            System.out.println("--- exit " + exit);
        }
        System.out.flush();
        System.err.flush();
    }
}
