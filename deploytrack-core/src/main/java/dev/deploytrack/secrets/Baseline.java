package dev.deploytrack.secrets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.deploytrack.report.JsonOutput;
import dev.deploytrack.report.ReportFiles;
import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.InputFiles;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Accepted secrets: findings a team decided to live with (test fixtures, revoked keys). Each entry is keyed on path,
 * rule and the salted hash of the secret — never the secret, never a line number or a date — so moving a secret
 * within its file or editing lines above it changes nothing, while a different secret on the same line is reported.
 * The salt is random per repository and stored in the file; it also salts the SARIF fingerprints.
 */
public final class Baseline {

    static final int VERSION = 1;
    /** Duplicate keys are refused: of two {@code salt}s, which one was meant? */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{32}");

    /** One accepted secret. */
    public record Entry(String path, String rule, String hash) implements Comparable<Entry> {

        private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::rule)
                .thenComparing(Entry::hash);

        @Override
        public int compareTo(Entry other) {
            return ORDER.compare(this, other);
        }
    }

    private final String salt;
    private final Set<Entry> entries;

    private Baseline(String salt, Set<Entry> entries) {
        this.salt = salt;
        this.entries = Set.copyOf(entries);
    }

    /** No baseline: nothing accepted, fingerprints salted with the built-in salt. */
    public static Baseline none() {
        return new Baseline(SecretHasher.DEFAULT_SALT, Set.of());
    }

    /** A baseline accepting {@code matches}, salted with {@code salt}. */
    public static Baseline of(String salt, Collection<SecretMatch> matches) {
        Set<Entry> entries = new TreeSet<>();
        for (SecretMatch match : matches) {
            entries.add(new Entry(match.path(), match.ruleId(), match.hash()));
        }
        return new Baseline(salt, entries);
    }

    /** The largest baseline read: about 400,000 accepted secrets. */
    public static final long MAX_BYTES = 64L << 20;

    /**
     * Reads a baseline file; a missing file is {@link #none()}.
     *
     * @param root the directory a symbolic link must not leave, or {@code null} for a file the user named
     */
    public static Baseline read(Path root, Path file, String displayName) throws BaselineException {
        Optional<byte[]> bytes;
        try {
            bytes = InputFiles.readIfPresent(root, file, displayName, "the secrets baseline", MAX_BYTES);
        } catch (InputFileException e) {
            throw new BaselineException(displayName, 1, 1, e.getMessage()
                    + (e.hint() == null ? "" : "; " + e.hint()));
        }
        return bytes.isEmpty() ? none() : parse(new String(bytes.get(), StandardCharsets.UTF_8), displayName);
    }

    /**
     * Parses baseline JSON (also the staged baseline in the hook). Read with the streaming parser, so that a scan
     * never builds an object mapper; every mistake names its line.
     */
    public static Baseline parse(String json, String displayName) throws BaselineException {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notABaseline(displayName, parser);
            }
            int version = -1;
            String salt = null;
            Set<Entry> entries = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "version" -> version = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1;
                    case "salt" -> salt = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "secrets" -> entries = value == JsonToken.START_ARRAY ? entries(parser, displayName) : null;
                    default -> parser.skipChildren();
                }
            }
            if (version != VERSION || salt == null || entries == null) {
                throw notABaseline(displayName, parser);
            }
            try {
                SecretHasher.withSalt(salt);
            } catch (IllegalArgumentException e) {
                throw new BaselineException(displayName, 1, 1, Message.of("the salt must be base64 of at "
                        + "least " + SecretHasher.MIN_SALT_BYTES + " random bytes; write a new baseline with ",
                        Message.command("scan", Setting.WRITE_BASELINE)));
            }
            return new Baseline(salt, entries);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new BaselineException(displayName, location == null ? 1 : Math.max(1, location.getLineNr()),
                    location == null ? 1 : Math.max(1, location.getColumnNr()),
                    "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BaselineException(displayName, 1, 1, "cannot read the baseline: " + e.getMessage());
        }
    }

    private static Set<Entry> entries(JsonParser parser, String displayName)
            throws IOException, BaselineException {
        Set<Entry> entries = new TreeSet<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            String path = null;
            String rule = null;
            String hash = null;
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    String text = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    switch (field) {
                        case "path" -> path = text;
                        case "rule" -> rule = text;
                        case "hash" -> hash = text;
                        default -> parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
            if (path == null || rule == null || hash == null || !HASH.matcher(hash).matches()) {
                throw new BaselineException(displayName, Math.max(1, line), 1, "secrets[" + index
                        + "] needs path, rule and a 32-digit hash");
            }
            entries.add(new Entry(path, rule, hash));
            index++;
        }
        return entries;
    }

    private static BaselineException notABaseline(String displayName, JsonParser parser) {
        return new BaselineException(displayName, 1, 1, "not a deploytrack secrets baseline (expected version "
                + VERSION + ", salt and secrets)");
    }

    public String salt() {
        return salt;
    }

    public SecretHasher hasher() {
        return SecretHasher.withSalt(salt);
    }

    public boolean accepts(SecretMatch match) {
        return entries.contains(new Entry(match.path(), match.ruleId(), match.hash()));
    }

    public List<Entry> entries() {
        return List.copyOf(new TreeSet<>(entries));
    }

    /** Writes the baseline atomically: sorted, one entry per secret, stable from run to run. */
    public void write(Path file) throws IOException {
        ReportFiles.writeAtomically(file, out -> {
            try (JsonGenerator json = JsonOutput.generator(out)) {
                json.writeStartObject();
                json.writeNumberField("version", VERSION);
                json.writeStringField("salt", salt);
                json.writeArrayFieldStart("secrets");
                for (Entry entry : entries()) {
                    json.writeStartObject();
                    json.writeStringField("path", entry.path());
                    json.writeStringField("rule", entry.rule());
                    json.writeStringField("hash", entry.hash());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            out.write('\n');
        });
    }
}
