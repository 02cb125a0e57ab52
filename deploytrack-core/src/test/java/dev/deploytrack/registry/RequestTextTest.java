package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.secrets.FakeSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a request stores is one line of visible text and holds no secret: a name cannot forge a CI log line or a page
 * line, and nothing secret is kept in a file that is printed, exported and committed. A refusal writes nothing.
 */
class RequestTextTest {

    @TempDir
    Path root;

    private final TestClock clock = new TestClock("2026-11-20T09:00:00Z");
    private final Actor ci = Actor.parse("ci:github-actions");

    private RegistryService service() {
        return RegistryService.open(root, RegistrySettings.defaults(), null, clock);
    }

    private DeploymentRequest record(String name, String key, String reason) {
        clock.advance(Duration.ofMinutes(1));
        return new DeploymentRequest(name, null, List.of(AgentVersion.parse("review@1.0.0")), "development", ci,
                "f00dcafe", key, reason != null, reason);
    }

    @Test
    void aNameWithAControlCharacterIsRefusedAndShownEscaped() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> service().recordDeployment(record("demo\n::error title=x::forged", null, null)));
        assertTrue(e.getMessage().contains("the project name 'demo\\u000A::error title=x::forged' contains a control"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(Files.exists(root.resolve("deployments/registry.json")));
        assertThrows(InvalidRequestException.class,
                () -> service().recordDeployment(record("api", "run-1\u202E", null)));
        assertThrows(InvalidRequestException.class,
                () -> service().recordDeployment(record("api", null, "hotfix\u2028second line")));
    }

    @Test
    void aSecretInAReasonIsRefusedAndNothingIsWritten() throws Exception {
        service().recordDeployment(record("api", "run-1", null));
        byte[] before = Files.readAllBytes(root.resolve("deployments/registry.json"));
        String token = new FakeSecrets(5).checksummed("ghp_");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> service().recordDeployment(record("api", "run-2", "rotated " + token + " after the leak")));
        assertTrue(e.getMessage().contains("looks like a secret"), e.getMessage());
        assertFalse(e.getMessage().contains(token.substring(4, 16)), e.getMessage());
        assertEquals(new String(before), new String(Files.readAllBytes(root.resolve("deployments/registry.json"))));
    }

    @Test
    void aTestimonyHoldingASecretIsNotCopied() throws Exception {
        service().recordDeployment(record("api", "run-1", null));
        String token = new FakeSecrets(6).checksummed("ghp_");
        Path testimony = Files.writeString(root.resolve("testimony.md"), "# Testimony\n\nAll good. Used "
                + token + " to call the API.\n");
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> service().testimony(new TestimonyRequest("api", testimony, Set.of())));
        assertTrue(e.getMessage().contains("testimony.md:3:16 holds GitHub"), e.getMessage());
        assertFalse(e.getMessage().contains(token.substring(4, 16)), e.getMessage());
        try (var files = Files.walk(root.resolve("deployments"))) {
            assertTrue(files.noneMatch(file -> file.toString().contains("testimon")), "nothing copied");
        }
    }
}
