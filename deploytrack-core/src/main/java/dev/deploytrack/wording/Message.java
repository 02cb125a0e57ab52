package dev.deploytrack.wording;

import dev.deploytrack.secrets.SecretRedaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of the core that names settings: text with references to {@link Setting}s, worded by each front door
 * ({@link #in(Wording)}). What went wrong stays data: {@link #settings()} tells which settings the message is
 * about.
 */
public final class Message {

    private final List<Object> parts;

    private Message(List<Object> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Plain text that names no setting. */
    public static Message text(String text) {
        return new Message(List.of(Objects.requireNonNull(text, "text")));
    }

    /**
     * A message of text and references: each part is a {@link String} or one made by {@link #option} or
     * {@link #command}.
     */
    public static Message of(Object... parts) {
        List<Object> list = new ArrayList<>();
        for (Object part : parts) {
            if (!(part instanceof String) && !(part instanceof Reference)) {
                throw new IllegalArgumentException("a message part is text or a setting reference, not " + part);
            }
            list.add(part);
        }
        return new Message(list);
    }

    /** A reference to setting {@code setting} with a value or placeholder ({@code null} for a switch). */
    public static Object option(Setting setting, String value) {
        return new Reference(setting, value, null, List.of());
    }

    /** A reference to running {@code command} with the switch {@code setting}. */
    public static Object command(String command, Setting setting) {
        return new Reference(setting, null, command, List.of());
    }

    /**
     * A reference to running {@code command} with settings: each of {@code options} made by {@link #option}. Worded
     * by {@link Wording#run}.
     */
    public static Object run(String command, Object... options) {
        List<Reference> list = new ArrayList<>();
        for (Object option : options) {
            if (!(option instanceof Reference reference) || reference.command != null) {
                throw new IllegalArgumentException("an option of a command is made by Message.option, not " + option);
            }
            list.add(reference);
        }
        return new Reference(null, null, command, list);
    }

    /** This message followed by {@code text}. */
    public Message then(String text) {
        List<Object> list = new ArrayList<>(parts);
        list.add(Objects.requireNonNull(text, "text"));
        return new Message(list);
    }

    /** This message in a front door's words; a secret quoted in it is redacted, as in every message. */
    public String in(Wording wording) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Reference reference) {
                text.append(reference.words(wording));
            } else {
                text.append((String) part);
            }
        }
        return SecretRedaction.redact(text.toString());
    }

    /** The settings the message names, in order. */
    public List<Setting> settings() {
        List<Setting> settings = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Reference reference) {
                if (reference.setting != null) {
                    settings.add(reference.setting);
                }
                reference.options.forEach(option -> settings.add(option.setting));
            }
        }
        return Collections.unmodifiableList(settings);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message message && parts.equals(message.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    /** In {@link Wording#NEUTRAL} words. */
    @Override
    public String toString() {
        return in(Wording.NEUTRAL);
    }

    private record Reference(Setting setting, String value, String command, List<Reference> options) {

        String words(Wording wording) {
            if (command == null) {
                return wording.option(setting, value);
            }
            if (setting != null) {
                return wording.command(command, setting);
            }
            return wording.run(command, options.stream().map(o -> new Wording.Option(o.setting, o.value)).toList());
        }
    }
}
