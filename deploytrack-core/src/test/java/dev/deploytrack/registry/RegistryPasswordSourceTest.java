package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.wording.Setting;
import dev.deploytrack.wording.Wording;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which password a PostgreSQL registry is sent, by who named the database: the CI's {@code PGPASSWORD} goes only to
 * one the operator named ({@code --registry}, {@code DEPLOYTRACK_REGISTRY}, the goal's parameter), never to one that
 * only {@code registry.url} in the repository's deploytrack.yml names, which a pull request can change to its own
 * host. No server is needed: the password a connection would carry is what is checked.
 */
class RegistryPasswordSourceTest {

    private static final String ATTACKER = "jdbc:postgresql://attacker.example:5432/loot?user=ci";
    private static final String OURS = "jdbc:postgresql://db.example.com:5432/deploytrack?user=ci";
    private static final Map<String, String> CI = Map.of("PGPASSWORD", "ci-secret-password");

    @TempDir
    Path repository;

    private static RegistrySettings committed(String url) throws Exception {
        return ConfigLoader.parse("registry:\n  url: '" + url + "'\n", "deploytrack.yml").registry();
    }

    private PostgresLocation opened(RegistrySettings settings, String option, Map<String, String> environment)
            throws Exception {
        RegistryService service = RegistryService.open(repository, settings, option, environment,
                repository::resolve, Clock.systemUTC());
        return ((PostgresRegistryStore) service.store()).location();
    }

    @Test
    void aUrlOnlyTheRepositoryNamesIsNeverSentTheEnvironmentsPassword() throws Exception {
        PostgresLocation location = opened(committed(ATTACKER), null, CI);
        assertEquals("postgresql://attacker.example:5432/loot", location.displayName());
        assertNull(location.password());
        assertFalse(location.properties().containsKey("password"), location.properties().toString());
    }

    @Test
    void aDatabaseTheOperatorNamesIsSentIt() throws Exception {
        Map<String, String> variable = Map.of("PGPASSWORD", "ci-secret-password", "DEPLOYTRACK_REGISTRY", OURS);
        for (PostgresLocation location : List.of(opened(RegistrySettings.defaults(), OURS, CI),
                opened(committed(ATTACKER), OURS, CI), opened(committed(ATTACKER), null, variable))) {
            assertEquals("postgresql://db.example.com:5432/deploytrack", location.displayName());
            assertEquals("ci-secret-password", location.properties().getProperty("password"));
        }
    }

    @Test
    void precedenceAndWhoNamedIt() throws Exception {
        RegistrySettings settings = committed(ATTACKER);
        assertEquals(new RegistryLocation(OURS, true), RegistryLocation.resolve(OURS, Map.of(
                "DEPLOYTRACK_REGISTRY", "other.json"), settings));
        assertEquals(new RegistryLocation("other.json", true), RegistryLocation.resolve(" ", Map.of(
                "DEPLOYTRACK_REGISTRY", "other.json"), settings));
        assertEquals(new RegistryLocation(ATTACKER, false), RegistryLocation.resolve(null, Map.of(
                "DEPLOYTRACK_REGISTRY", ""), settings));
        assertEquals(new RegistryLocation(null, false), RegistryLocation.resolve(null, Map.of(),
                RegistrySettings.defaults()));
    }

    @Test
    void aLoginWithoutPasswordSaysWhereToPutIt() throws Exception {
        PostgresLocation location = opened(committed("jdbc:postgresql://db.example.com/deploytrack?user=ci"), null,
                CI);
        SQLException noPassword = new SQLException("The server requested SCRAM-based authentication, but no "
                + "password was provided.", "08004");
        String hint = location.hint(noPassword).in(Wording.NEUTRAL);
        assertTrue(hint.contains("registry.url in deploytrack.yml"), hint);
        assertTrue(hint.contains("PGPASSWORD is never sent to it (it is set, and was not sent)"), hint);
        assertTrue(hint.contains("db.example.com:5432:deploytrack:ci:PASSWORD"), hint);
        assertTrue(hint.contains("setting registry=URL or the variable DEPLOYTRACK_REGISTRY"), hint);
        assertEquals(List.of(Setting.REGISTRY), location.hint(noPassword).settings());
        assertFalse(hint.contains("ci-secret-password"));
        String failed = location.hint(new SQLException("password authentication failed for user \"ci\"", "28P01"))
                .in(Wording.NEUTRAL);
        assertTrue(failed.contains("~/.pgpass"), failed);

        PostgresLocation named = opened(RegistrySettings.defaults(), OURS, Map.of());
        String none = named.hint(noPassword).in(Wording.NEUTRAL);
        assertTrue(none.startsWith("the server asks for a password and none was given: set PGPASSWORD"), none);
        PostgresLocation withPassword = opened(RegistrySettings.defaults(), OURS, CI);
        assertTrue(withPassword.hint(new SQLException("password authentication failed", "28P01"))
                .in(Wording.NEUTRAL).startsWith("check the user and the password"));
    }
}
