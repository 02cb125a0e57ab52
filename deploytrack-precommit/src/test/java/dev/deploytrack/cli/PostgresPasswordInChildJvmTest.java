package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database password in the registry URL never reaches standard output or error, in a real process: the
 * PostgreSQL driver logs through java.util.logging straight to {@code System.err} (the whole URL on a URL it cannot
 * parse, at the default level; on every connection at debug levels), past the console that redacts what commands
 * print. Run with a logging configuration that turns the driver's logging up, as a user debugging a connection
 * has. The server of {@code DEPLOYTRACK_TEST_POSTGRES_URL} adds a wrong password at a real login, when it is set.
 */
class PostgresPasswordInChildJvmTest {

    @TempDir
    Path dir;

    @Test
    void noConnectionFailurePrintsThePassword() throws IOException, InterruptedException {
        String password = randomPassword();
        Path logging = Files.writeString(dir.resolve("logging.properties"), """
                handlers=java.util.logging.ConsoleHandler
                java.util.logging.ConsoleHandler.level=ALL
                .level=INFO
                org.postgresql.level=FINEST
                org.postgresql.Driver.level=FINEST
                """);
        String query = "?user=ci&password=" + password;
        CliProcess process = new CliProcess().jvmOption("-Djava.util.logging.config.file=" + logging)
                .add(dir, Map.of(), "status", "--registry", "jdbc:postgresql://127.0.0.1:1/deploytrack" + query)
                .add(dir, Map.of(), "status", "--registry", "jdbc:postgresql://no-such-host.invalid:5432/dt" + query)
                .add(dir, Map.of(), "status", "--registry", "jdbc:postgresql://127.0.0.1:1/deploytrack/extra" + query)
                .add(dir, Map.of("PGPASSWORD", password), "record-deployment", "--registry",
                        "jdbc:postgresql://127.0.0.1:1/deploytrack?user=ci", "--name", "api", "--env", "development",
                        "--actor", "ci:gh", "--agent", "review@1.0.0")
                .add(dir, Map.of(), "usage", "report", "--registry", "jdbc:postgresql://127.0.0.1:1/dt" + query);
        String server = System.getenv("DEPLOYTRACK_TEST_POSTGRES_URL");
        boolean withServer = server != null && !server.isBlank();
        if (withServer) {
            String wrong = server.replaceAll("([?&])password=[^&]*", "$1password=" + password);
            process.add(dir, Map.of(), "status", "--registry", wrong)
                    .add(dir, Map.of(), "record-deployment", "--registry", wrong, "--name", "api", "--env",
                            "development", "--actor", "ci:gh", "--agent", "review@1.0.0");
        }
        CliProcess.Result result = process.run(dir);

        for (String output : List.of(result.out(), result.err())) {
            for (int i = 0; i + 8 <= password.length(); i++) {
                assertFalse(output.contains(password.substring(i, i + 8)), "a piece of the password:\n" + output);
            }
        }
        assertEquals(withServer ? 7 : 5, result.exits().size(), result.out() + result.err());
        for (int exit : result.exits()) {
            assertEquals(2, exit, result.out() + result.err());
        }
        assertTrue(result.err().contains("check that the server runs"), result.err());
        assertTrue(result.err().contains("more than one part of the path (/deploytrack/extra)"), result.err());
        if (withServer) {
            assertTrue(result.err().contains("check the user and the password"), result.err());
        }
    }

    /** Letters and digits only, so that no URL encoding changes how it appears in output. */
    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
