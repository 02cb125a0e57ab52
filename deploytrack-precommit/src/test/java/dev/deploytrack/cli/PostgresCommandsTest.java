package dev.deploytrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a PostgreSQL registry ({@code --registry jdbc:postgresql://...}, {@code DEPLOYTRACK_REGISTRY},
 * {@code registry.url}): the whole flow, and the password never in any output, error paths included. Needs the
 * server of {@code DEPLOYTRACK_TEST_POSTGRES_URL} (skipped without it, required under
 * {@code DEPLOYTRACK_REQUIRE_POSTGRES=1}, as .ci/run sets them).
 */
class PostgresCommandsTest {

    @TempDir
    Path repo;

    private String server;
    private String schema;
    private String password;
    private final List<String> outputs = new ArrayList<>();

    @BeforeEach
    void schema() throws SQLException {
        server = System.getenv("DEPLOYTRACK_TEST_POSTGRES_URL");
        if (server == null || server.isBlank()) {
            if ("1".equals(System.getenv("DEPLOYTRACK_REQUIRE_POSTGRES"))) {
                fail("DEPLOYTRACK_REQUIRE_POSTGRES=1 but DEPLOYTRACK_TEST_POSTGRES_URL is not set");
            }
            assumeTrue(false, "PostgreSQL command tests skipped: set DEPLOYTRACK_TEST_POSTGRES_URL (source "
                    + ".ci/postgres.sh && start_postgres starts a throwaway server), as .ci/run does");
        }
        Matcher matcher = Pattern.compile("[?&]password=([^&]*)").matcher(server);
        assertTrue(matcher.find(), "the test server's URL carries a password");
        password = URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
        assertTrue(password.length() >= 12, "a password long enough to look for pieces of it");
        schema = "cli_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void drop() throws SQLException {
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(server);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private String url() {
        return server + "&currentSchema=" + schema;
    }

    private String urlWithout(String parameter) {
        return url().replaceAll("([?&])" + parameter + "=[^&]*&?", "$1");
    }

    private CliRun run(Map<String, String> environment, String... args) {
        CliRun run = CliRun.run(repo, environment, args);
        outputs.add(String.join(" ", List.of(args).subList(0, Math.min(2, args.length))) + "\n" + run.out()
                + run.err());
        return run;
    }

    private CliRun run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void theWholeFlowOnPostgresAndThePasswordNeverShows() throws IOException {
        String registry = url();
        CliRun development = run("record-deployment", "--registry", registry, "--name", "api", "--env",
                "development", "--actor", "ci:gh", "--agent", "review@1.0.0", "--idempotency-key", "run-1");
        assertEquals(0, development.exitCode(), development.err());
        assertTrue(development.out().startsWith("postgresql://"), development.out());
        assertFalse(Files.exists(repo.resolve("deployments")), "nothing is written into the repository");
        assertEquals(0, run("record-deployment", "--registry", registry, "--name", "api", "--env", "development",
                "--actor", "ci:gh", "--agent", "review@1.0.0", "--idempotency-key", "run-1").exitCode());
        assertEquals(0, run("record-deployment", "--registry", registry, "--name", "api", "--env", "staging",
                "--actor", "ci:gh", "--agent", "review@1.0.0").exitCode());
        CliRun dryRun = run("record-deployment", "--dry-run", "--registry", registry, "--name", "api", "--env",
                "production", "--actor", "ci:gh", "--agent", "review@1.0.0");
        assertEquals(1, dryRun.exitCode(), dryRun.err());
        assertEquals(0, run("approve", "--registry", registry, "--name", "api", "--agent", "review@1.0.0",
                "--actor", "human:alice").exitCode());
        assertEquals(0, run("record-deployment", "--registry", registry, "--name", "api", "--env", "production",
                "--actor", "ci:gh", "--agent", "review@1.0.0").exitCode());
        CliRun status = run("status", "--registry", registry, "--format", "json");
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("\"deployments\" : 3"), status.out());
        assertEquals(0, run("status", "--registry", registry, "--name", "api").exitCode());
        assertEquals(1, run("impact", "--registry", registry, "--agent", "review@2.0.0", "--fail-on-outdated")
                .exitCode());
        Files.writeString(repo.resolve("report.md"), "# review did well\n");
        CliRun testimony = run("testimony", "--registry", registry, "--name", "api", "--file", "report.md");
        assertEquals(0, testimony.exitCode(), testimony.err());
        assertTrue(testimony.out().contains(": testimony of api filed as reflection_pool/testimonies/api-"),
                testimony.out());
        assertFalse(Files.exists(repo.resolve("reflection_pool")), "the report is kept in the database");
        CliRun again = run("testimony", "--registry", registry, "--name", "api", "--file", "report.md");
        assertTrue(again.out().contains(": testimony of api was filed already as "), again.out());
        CliRun export = run("registry", "export", "--registry", registry, "--output", "deployments/registry.json");
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.err().contains("approvals and 1 testimony to deployments/registry.json"), export.err());
        assertTrue(Files.readString(repo.resolve("deployments/by-project/api.md")).contains("| review | production |"));
        try (java.util.stream.Stream<Path> reports = Files.list(repo.resolve(
                "reflection_pool/testimonies"))) {
            assertEquals(List.of("# review did well\n"), reports.map(path -> {
                try {
                    return Files.readString(path);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList(), "export wrote the report where the registry file points");
        }
        assertEquals(0, run("registry", "import", "deployments/registry.json", "--registry", registry).exitCode());

        // The variable, with the URL as a CI secret. registry.url is the repository's choice, so PGPASSWORD is not
        // sent to it (a pull request could point it at its own host): the login fails and says where the password
        // goes; the operator naming the same URL sends it.
        Map<String, String> secret = Map.of("DEPLOYTRACK_REGISTRY", registry);
        CliRun fromVariable = run(secret, "status", "--name", "api");
        assertEquals(0, fromVariable.exitCode(), fromVariable.err());
        Files.writeString(repo.resolve("deploytrack.yml"), "registry:\n  url: '" + urlWithout("password") + "'\n");
        CliRun fromConfig = run(Map.of("PGPASSWORD", password), "status", "--agent", "review");
        assertEquals(2, fromConfig.exitCode(), fromConfig.err());
        assertTrue(fromConfig.err().contains("PGPASSWORD is never sent to it (it is set, and was not sent)"),
                fromConfig.err());
        assertTrue(fromConfig.err().contains("(--registry URL or the variable DEPLOYTRACK_REGISTRY)"),
                fromConfig.err());
        CliRun named = run(Map.of("PGPASSWORD", password, "DEPLOYTRACK_REGISTRY", urlWithout("password")), "status",
                "--agent", "review");
        assertEquals(0, named.exitCode(), named.err());
        Files.writeString(repo.resolve("deploytrack.yml"), "registry:\n  url: '" + registry + "'\n");
        CliRun committed = run("status");
        assertEquals(2, committed.exitCode());
        assertTrue(committed.err().contains("holds a password, and deploytrack.yml is committed"), committed.err());
        Files.delete(repo.resolve("deploytrack.yml"));

        // Error paths: a wrong password, a wrong database, a port nothing listens on, a URL that cannot be read.
        CliRun wrongPassword = run("status", "--registry", urlWithout("password") + "&password=not-" + password);
        assertEquals(2, wrongPassword.exitCode());
        assertTrue(wrongPassword.err().contains("check the user and the password"), wrongPassword.err());
        CliRun noPassword = run("status", "--registry", urlWithout("password"));
        assertEquals(2, noPassword.exitCode());
        CliRun wrongDatabase = run("status", "--registry", url().replaceFirst("/([^/?]+)\\?", "/nope_db?"));
        assertEquals(2, wrongDatabase.exitCode(), wrongDatabase.err());
        CliRun noServer = run("record-deployment", "--registry", url().replaceFirst(":\\d+/", ":1/"), "--name", "x",
                "--env", "development", "--actor", "ci:x", "--agent", "a@1");
        assertEquals(2, noServer.exitCode());
        assertTrue(noServer.err().contains("check that the server runs"), noServer.err());
        assertEquals(2, run("status", "--registry", "jdbc:postgresql://user:" + password + "@host/db").exitCode());
        assertEquals(2, run("status", "--registry", "jdbc:postgresql://[" + password + "/db").exitCode());

        for (String output : outputs) {
            assertFalse(output.contains(password), "the password is shown:\n" + output);
            for (int i = 0; i + 12 <= password.length(); i++) {
                assertFalse(output.contains(password.substring(i, i + 12)), "a piece of the password:\n" + output);
            }
        }
    }

    @Test
    void thePasswordComesFromAPgpassFile() throws IOException {
        Matcher hostPort = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(server);
        assertTrue(hostPort.find());
        String user = server.replaceAll(".*[?&]user=([^&]*).*", "$1");
        Path pgpass = Files.writeString(repo.resolve("pgpass"), hostPort.group(1) + ":" + hostPort.group(2) + ":"
                + hostPort.group(3) + ":" + user + ":" + password + "\n");
        pgpass.toFile().setReadable(false, false);
        pgpass.toFile().setReadable(true, true);
        String previous = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            Map<String, String> environment = new HashMap<>();
            CliRun run = run(environment, "record-deployment", "--registry", urlWithout("password"), "--name", "api",
                    "--env", "development", "--actor", "ci:gh", "--agent", "review@1.0.0");
            assertEquals(0, run.exitCode(), run.err());
        } finally {
            if (previous == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", previous);
            }
        }
        assertFalse(outputs.get(0).contains(password));
    }
}
