package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;

/**
 * Who records or approves something: a person, a CI system or an AI agent, with an identity such as a user name or a
 * pipeline name. Declared by the caller, not authenticated: the rules built on it stop honest mistakes, and the
 * history shows who claimed what.
 *
 * @param kind     {@code human}, {@code ci} or {@code agent}
 * @param identity who exactly, e.g. {@code alice}, {@code github-actions}, {@code claude-code}
 */
public record Actor(@JsonProperty("kind") Kind kind, @JsonProperty("identity") String identity) {

    /** The kinds of actor the promotion rules distinguish. */
    public enum Kind {
        HUMAN, CI, AGENT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.id().equals(text)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown actor kind '" + text + "'; use human, ci or agent");
        }
    }

    /**
     * An actor as stored. Only compatibility-normalised here (NFKC), so that a registry written earlier or edited by
     * hand stays readable; {@link #parse} refuses look-alike identities given as input, and {@link #samePartyAs}
     * compares stored ones by their skeleton (see {@link ActorIdentity}).
     */
    @JsonCreator
    public Actor {
        if (kind == null || identity == null || identity.isBlank()) {
            throw new IllegalArgumentException("an actor needs a kind and an identity");
        }
        identity = java.text.Normalizer.normalize(identity, java.text.Normalizer.Form.NFKC).strip();
    }

    /**
     * Parses {@code KIND:IDENTITY}, e.g. {@code human:alice}, as given on the command line or in a parameter: the
     * identity is checked and normalised by {@link ActorIdentity#checked}.
     *
     * @throws IllegalArgumentException with the reason, for text that is not an actor or a look-alike identity
     */
    public static Actor parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("an actor is KIND:IDENTITY, e.g. human:alice, ci:github-actions or "
                    + "agent:claude-code, not '" + text + "'");
        }
        String kind = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        return new Actor(Kind.parse(kind), ActorIdentity.checked(text.substring(colon + 1)));
    }

    public static Optional<Actor> parseOptional(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text));
    }

    public boolean isHuman() {
        return kind == Kind.HUMAN;
    }

    public boolean isAgent() {
        return kind == Kind.AGENT;
    }

    /** Reads what {@link #write} wrote; see {@link JsonCursor}. */
    static Actor read(JsonCursor in) throws JsonCursor.NotCanonical {
        String kind = null;
        String identity = null;
        in.beginObject();
        for (String field; (field = in.nextField()) != null; ) {
            switch (field) {
                case "kind" -> kind = in.string();
                case "identity" -> identity = in.string();
                default -> throw new JsonCursor.NotCanonical("an actor has no field " + field);
            }
        }
        try {
            return new Actor(Kind.parse(kind), identity);
        } catch (IllegalArgumentException e) {
            throw new JsonCursor.NotCanonical(e.getMessage());
        }
    }

    void write(JsonEncoder json) {
        json.beginObject().field("kind", kind.id()).field("identity", identity).endObject();
    }

    /**
     * Two actors are the same party when their identities look the same to a reader (equal skeletons, see
     * {@link ActorIdentity}), whatever kind each claims: {@code ci:alice} does not approve for {@code human:alice}.
     */
    public boolean samePartyAs(Actor other) {
        return other != null && ActorIdentity.skeleton(identity).equals(ActorIdentity.skeleton(other.identity));
    }

    @Override
    public String toString() {
        return kind.id() + ":" + identity;
    }
}
