package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small value types: versions, actors, agent references, safe file names. */
class RegistryValuesTest {

    private static int compare(String a, String b) {
        return SemanticVersion.compare(a, b).orElseThrow();
    }

    @Test
    void semanticVersionsCompareByPrecedence() {
        assertTrue(compare("1.10.0", "1.9.0") > 0);
        assertTrue(compare("2.0.0-rc.1", "2.0.0") < 0);
        assertTrue(compare("2.0.0-alpha", "2.0.0-alpha.1") < 0);
        assertTrue(compare("2.0.0-alpha.2", "2.0.0-alpha.10") < 0);
        assertTrue(compare("2.0.0-1", "2.0.0-alpha") < 0);
        assertEquals(0, compare("v1.2", "1.2.0"));
        assertEquals(0, compare("1.2.0+build.5", "1.2.0"));
        assertTrue(compare("1.2.0.1", "1.2.0") > 0);
        assertEquals(Optional.empty(), SemanticVersion.compare("nightly", "1.0.0"));
        assertEquals(Optional.empty(), SemanticVersion.compare("1..2", "1.0.0"));
        assertEquals(Optional.empty(), SemanticVersion.compare("1.0.0-", "1.0.0"));
    }

    @Test
    void actorsAreKindAndIdentity() {
        Actor actor = Actor.parse("Human: alice");
        assertEquals(Actor.Kind.HUMAN, actor.kind());
        assertEquals("alice", actor.identity());
        assertEquals("human:alice", actor.toString());
        assertTrue(actor.samePartyAs(Actor.parse("human:ALICE")));
        assertThrows(IllegalArgumentException.class, () -> Actor.parse("alice"));
        assertThrows(IllegalArgumentException.class, () -> Actor.parse("robot:x"));
        assertThrows(IllegalArgumentException.class, () -> Actor.parse("ci:"));
    }

    @Test
    void agentVersionsSplitAtTheLastAt() {
        assertEquals(new AgentVersion("@org/review", "1.0.0"), AgentVersion.parse("@org/review@1.0.0"));
        assertThrows(IllegalArgumentException.class, () -> AgentVersion.parse("review"));
        assertThrows(IllegalArgumentException.class, () -> AgentVersion.parse("review@"));
        assertThrows(IllegalArgumentException.class, () -> AgentVersion.parse("re view@1"));
    }

    @Test
    void safeFileNamesStayInTheirDirectoryAndStayDistinct() {
        assertEquals("payments-api", SafeFileName.of("payments-api"));
        String escaped = SafeFileName.of("../../etc/passwd");
        assertTrue(escaped.matches("etc-passwd-[0-9a-f]{8}"), escaped);
        assertNotEquals(SafeFileName.of("a/b"), SafeFileName.of("a b"));
        assertTrue(SafeFileName.of("..").startsWith("unnamed-"));
        assertTrue(SafeFileName.of("CON").startsWith("_CON-"));
        assertTrue(SafeFileName.of(".hidden").startsWith("hidden-"));
        assertTrue(SafeFileName.of("x".repeat(500)).length() <= 100);
        Path directory = Path.of("/tmp/by-project");
        for (String name : List.of("..", "../x", "/etc/passwd", "a\\..\\..\\b", "C:\\Windows", "\u0000", "")) {
            assertEquals(directory, SafeFileName.resolve(directory, name, ".md").getParent(), name);
        }
    }
}
