package dev.deploytrack.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The approval rule cannot be passed by a name that looks like the approver's: a Cyrillic letter, an invisible
 * character, full-width letters, another kind, a second kind prefix.
 */
class ActorLookAlikesTest {

    @TempDir
    Path root;

    private final TestClock clock = new TestClock("2026-11-20T09:00:00Z");

    private static IllegalArgumentException refused(String actor) {
        return assertThrows(IllegalArgumentException.class, () -> Actor.parse(actor), actor);
    }

    @Test
    void lookAlikeIdentitiesAreRefusedAsInput() {
        assertTrue(refused("human:\u0430lice").getMessage().contains("mixes Latin and Cyrillic letters"));
        assertTrue(refused("human:alice\u200B").getMessage().contains("U+200B ZERO WIDTH SPACE"));
        assertTrue(refused("human:ali\u202Ece").getMessage().contains("U+202E"));
        assertTrue(refused("human:ali\nce").getMessage().contains("U+000A"));
        assertTrue(refused("human:ci:bot").getMessage().contains("one kind prefix only"));
        assertTrue(refused("human:  ").getMessage().contains("needs an identity"));
        assertTrue(refused("human:\u3000").getMessage().contains("U+3000"));
        refused("human:" + "a".repeat(ActorIdentity.MAX_LENGTH + 1));
    }

    @Test
    void identitiesAreStoredInCompatibilityFormAndRealNamesInOneScriptAreWelcome() {
        assertEquals("alice", Actor.parse("human:\uFF41lice").identity());
        assertEquals("Zoë", Actor.parse("human: Zoe\u0308 ").identity().replace("e\u0308", "ë"));
        for (String name : List.of("\u0430\u043B\u0438\u0441\u0430", "\u5C71\u7530\u305F\u308D\u3046",
                "\u738B\u5C0F\u660E", "Lee \uAE40", "\u03B1\u03BB\u03AD\u03BE\u03B7\u03C2", "github-actions")) {
            assertEquals(name, Actor.parse("human:" + name).identity());
        }
    }

    @Test
    void partiesAreComparedByWhatAReaderSeesWhateverKindTheyClaim() {
        Actor alice = Actor.parse("human:alice");
        assertTrue(alice.samePartyAs(Actor.parse("human:ALICE")));
        assertTrue(alice.samePartyAs(Actor.parse("ci:alice")));
        assertTrue(alice.samePartyAs(Actor.parse("human:\uFF21lice")));
        // Stored look-alikes (a hand-edited or older registry) compare by skeleton.
        assertTrue(alice.samePartyAs(new Actor(Actor.Kind.HUMAN, "\u0430lice")));
        assertTrue(alice.samePartyAs(new Actor(Actor.Kind.HUMAN, "alice\u200B")));
        // A whole-script look-alike is the party it imitates.
        assertTrue(Actor.parse("human:cope").samePartyAs(Actor.parse("human:\u0441\u043E\u0440\u0435")));
        for (String punctuated : List.of("alice.", "alice_", "alice-", ".alice", "alice\u00B7", "alice'", "alice,",
                "al-ice", "\"alice\"")) {
            assertTrue(alice.samePartyAs(Actor.parse("human:" + punctuated)), punctuated);
        }
        assertFalse(alice.samePartyAs(Actor.parse("human:bob")));
        assertFalse(Actor.parse("human:\u0430\u043B\u0438\u0441\u0430").samePartyAs(alice));
    }

    @Test
    void aRecordingByALookAlikeOfTheOnlyApproverIsRefused() throws Exception {
        RegistryService service = RegistryService.open(root, RegistrySettings.defaults(), null, clock);
        Actor ci = Actor.parse("ci:github-actions");
        for (String environment : List.of("development", "staging")) {
            clock.advance(Duration.ofMinutes(1));
            service.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse("review@1.0.0")),
                    environment, ci, null, null, false, null));
        }
        service.approve(new ApprovalRequest("api", "production", List.of(AgentVersion.parse("review@1.0.0")),
                Actor.parse("human:alice"), null));
        for (String lookAlike : List.of("human:\uFF41lice", "ci:alice", "human:ALICE")) {
            RefusedException e = assertThrows(RefusedException.class, () -> service.recordDeployment(
                    new DeploymentRequest("api", null, List.of(AgentVersion.parse("review@1.0.0")), "production",
                            Actor.parse(lookAlike), null, null, false, null)), lookAlike);
            assertTrue(e.getMessage().contains("a second person must approve"), e.getMessage());
        }
        clock.advance(Duration.ofMinutes(1));
        service.recordDeployment(new DeploymentRequest("api", null, List.of(AgentVersion.parse("review@1.0.0")),
                "production", Actor.parse("human:bob"), null, null, false, null));
    }
}
