package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the registry file with Jackson databind. Reading checks {@code registry_version} first, so a
 * file from a newer deploytrack is refused by name rather than misread; every problem names the line and column.
 * Writing uses the registry's own schema version: 1.0.0 files get exactly the 1.0.0 fields (plus any a team added),
 * 2.0.0 files the new ones too.
 */
public final class RegistryJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            // A field given twice is refused: readers disagree on which one counts (Jackson the last, others the
            // first), so the registry would mean different things to different tools.
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            // The model's fields are the format; accessor methods are for Java callers only.
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .addModule(ReadPositions.module())
            .build();

    private static final ObjectReader PROJECT = MAPPER.readerFor(ProjectEntry.class);
    private static final ObjectReader HISTORY = MAPPER.readerFor(new TypeReference<List<HistoryEntry>>() { });
    private static final ObjectReader APPROVALS = MAPPER.readerFor(new TypeReference<List<Approval>>() { });
    private static final ObjectReader STATISTICS = MAPPER.readerFor(Statistics.class);

    private RegistryJson() {
    }

    /**
     * Parses a registry file's content.
     *
     * @param displayName how messages name the file
     * @throws RegistryException naming line and column when the content is not a registry this version reads
     */
    public static Registry read(byte[] content, String displayName) throws RegistryException {
        requireUtf8(content, displayName);
        SchemaVersion version = schemaVersion(content, displayName);
        Registry registry = new Registry();
        try (JsonParser parser = MAPPER.createParser(content)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "registry_version" -> parser.skipChildren();
                    case "last_updated" -> registry.lastUpdated(text(parser, field));
                    case "projects" -> registry.projects(projects(parser));
                    case "deployment_history" -> registry.history(bind(HISTORY, parser, field));
                    case "approvals" -> registry.approvals(bind(APPROVALS, parser, field));
                    case "statistics" -> registry.readStatistics(bind(STATISTICS, parser, field));
                    case RegistryWriter.CHECKSUM_FIELD -> {
                        if (version == SchemaVersion.V1) {
                            registry.putExtra(field, (JsonNode) MAPPER.readTree(parser));
                        } else {
                            parser.skipChildren(); // recomputed on every write
                        }
                    }
                    default -> registry.putExtra(field, (JsonNode) MAPPER.readTree(parser));
                }
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new RegistryException(displayName, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the registry object", restoreHint(displayName));
            }
        } catch (JsonProcessingException e) {
            throw unreadable(e, displayName);
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot read the registry: " + e.getMessage(), null);
        }
        registry.registryVersion(version);
        registry.normalize();
        if (version != SchemaVersion.V1) {
            requireEnvironments(registry, displayName);
        }
        CommitId.checkRecorded(registry, displayName, commitHint(displayName));
        return registry;
    }

    /**
     * Every agent entry, deployment and approval of a 2.0.0 registry names its environment: the promotion rules, the
     * approvals and the pages are all per environment, and deploytrack never guesses one (a guess could count as the
     * step a promotion needs). A hand-edited file that lost one is refused like any other invalid value.
     */
    private static void requireEnvironments(Registry registry, String displayName) throws RegistryException {
        List<ProjectEntry> projects = registry.projects();
        for (int p = 0; p < projects.size(); p++) {
            List<AgentDeployment> agents = projects.get(p).agents();
            for (int a = 0; a < agents.size(); a++) {
                if (agents.get(a).environment() == null) {
                    throw noEnvironment(agents.get(a), "projects[" + p + "].agents[" + a + "]", "agent entry",
                            displayName);
                }
            }
        }
        List<HistoryEntry> history = registry.history();
        for (int h = 0; h < history.size(); h++) {
            HistoryEntry entry = history.get(h);
            if ((entry.isDeployment() || entry.isComponentDeployment() || entry.isRequest())
                    && entry.environment() == null) {
                throw noEnvironment(history.get(h), "deployment_history[" + h + "]", "deployment", displayName);
            }
        }
        List<Approval> approvals = registry.approvals();
        for (int a = 0; a < approvals.size(); a++) {
            if (approvals.get(a).environment() == null) {
                throw noEnvironment(approvals.get(a), "approvals[" + a + "]", "approval", displayName);
            }
        }
    }

    private static RegistryException noEnvironment(ExtraFields entry, String path, String what, String displayName) {
        return new RegistryException(displayName, Math.max(1, entry.line()), Math.max(1, entry.column()),
                path + " has no environment; every " + what + " of a registry_version 2.0.0 file names one",
                "add \"environment\": \"NAME\" with the environment it is about (one of registry.environments in "
                        + "deploytrack.yml), or restore the previous version from " + displayName + ".bak"
                        + "; nothing was written");
    }

    /**
     * One element of the registry as one line of JSON, exactly as a file has it (fields a team added included): how
     * the PostgreSQL backend keeps projects, history entries and approvals, so both backends share one codec.
     */
    static String line(ProjectEntry project) {
        ByteSink out = new ByteSink(512);
        project.write(new JsonEncoder(out, 0, true), SchemaVersion.CURRENT);
        return new String(out.array(), 0, out.position(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String line(HistoryEntry entry) {
        ByteSink out = new ByteSink(512);
        entry.write(new JsonEncoder(out, 0, true), SchemaVersion.CURRENT);
        return new String(out.array(), 0, out.position(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String line(Approval approval) {
        ByteSink out = new ByteSink(512);
        approval.write(new JsonEncoder(out, 0, true));
        return new String(out.array(), 0, out.position(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The fields a team added to an object, as one JSON object ({@code {}} when there are none). */
    static String extrasLine(ExtraFields fields) {
        ByteSink out = new ByteSink(64);
        new JsonEncoder(out, 0, true).beginObject().extras(fields.extra()).endObject();
        return new String(out.array(), 0, out.position(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static ProjectEntry project(String line) throws IOException {
        ProjectEntry project = PROJECT.readValue(line);
        project.normalize();
        return project;
    }

    static HistoryEntry historyEntry(String line) throws IOException {
        return MAPPER.readValue(line, HistoryEntry.class);
    }

    static Approval approval(String line) throws IOException {
        return MAPPER.readValue(line, Approval.class);
    }

    /** Adds the fields of a JSON object written by {@link #extrasLine} to {@code target}. */
    static void putExtras(ExtraFields target, String line) throws IOException {
        JsonNode object = MAPPER.readTree(line);
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            target.putExtra(field.getKey(), field.getValue());
        }
    }

    /** Writes {@code registry} in its own schema version, ending with a newline. */
    public static void write(Registry registry, OutputStream out) throws IOException {
        ByteSink file = RegistryWriter.encode(registry);
        out.write(file.array(), 0, file.position());
    }

    /**
     * Refuses bytes that are not UTF-8 before Jackson sees them: its parser decodes some invalid sequences (such as
     * {@code F4 90 80 80}, above U+10FFFF) into broken surrogates instead of stopping, and a write would then carry
     * them into a file no reader accepts.
     */
    private static void requireUtf8(byte[] content, String displayName) throws RegistryException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(1 << 14);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int at = in.position();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (content[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                int column = new String(content, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
                StringBuilder bytes = new StringBuilder();
                for (int i = at; i < Math.min(content.length, at + result.length()); i++) {
                    bytes.append(bytes.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X",
                            content[i] & 0xff));
                }
                throw new RegistryException(displayName, line, column, "the registry is not valid UTF-8: the "
                        + "bytes " + bytes + " here do not encode a character", restoreHint(displayName));
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static List<ProjectEntry> projects(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return new ArrayList<>();
        }
        expect(parser, JsonToken.START_ARRAY, "projects", List.class);
        List<ProjectEntry> projects = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                try {
                    projects.add(PROJECT.readValue(parser));
                } catch (JsonMappingException e) {
                    e.prependPath(projects, index);
                    e.prependPath(parser, "projects");
                    throw e;
                }
            } else if (parser.currentToken() != JsonToken.VALUE_NULL) {
                expect(parser, JsonToken.START_OBJECT, "projects[" + index + "]", ProjectEntry.class);
            }
            index++;
        }
        return projects;
    }

    private static <T> T bind(ObjectReader reader, JsonParser parser, String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return reader.readValue(parser);
        } catch (JsonMappingException e) {
            e.prependPath(reader, field);
            throw e;
        }
    }

    private static String text(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(parser, JsonToken.VALUE_STRING, field, String.class);
        return parser.getText();
    }

    private static void expect(JsonParser parser, JsonToken token, String field, Class<?> type)
            throws IOException {
        if (parser.currentToken() != token) {
            MismatchedInputException e = MismatchedInputException.from(parser, type, field + " has the wrong type");
            e.prependPath(parser, field);
            throw e;
        }
    }

    /**
     * Reads only {@code registry_version}, skipping everything else without building it (it is the first field in
     * files deploytrack writes, so this costs nothing there).
     */
    static SchemaVersion schemaVersion(byte[] content, String displayName) throws RegistryException {
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RegistryException(displayName, 1, 1, "the registry file is empty", restoreHint(displayName));
            }
            if (first != JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                throw new RegistryException(displayName, at.getLineNr(), at.getColumnNr(),
                        "the registry must be a JSON object with registry_version, projects and deployment_history",
                        restoreHint(displayName));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("registry_version".equals(name)) {
                    JsonLocation at = parser.currentTokenLocation();
                    return known(value == JsonToken.VALUE_STRING ? parser.getText() : null, displayName, at);
                }
                parser.skipChildren();
            }
            throw new RegistryException(displayName, 1, 1, "the file has no registry_version; it is not a "
                    + "deployment registry", "registry files start with \"registry_version\": \"1.0.0\" or later; "
                    + restoreHint(displayName));
        } catch (JsonProcessingException e) {
            throw unreadable(e, displayName);
        } catch (IOException e) {
            throw new RegistryException(displayName, "cannot read the registry: " + e.getMessage(), null);
        }
    }

    private static SchemaVersion known(String id, String displayName, JsonLocation at) throws RegistryException {
        Optional<SchemaVersion> version = SchemaVersion.of(id);
        if (version.isPresent()) {
            return version.get();
        }
        Optional<SemanticVersion> parsed = SemanticVersion.parse(id == null ? "" : id);
        if (parsed.isPresent() && parsed.get().compareTo(SemanticVersion.parse(SchemaVersion.CURRENT.id())
                .orElseThrow()) > 0) {
            throw new RegistryException(displayName, at.getLineNr(), at.getColumnNr(),
                    "the registry was written by a newer deploytrack (registry_version " + id + "); this version "
                            + "reads registry_version " + String.join(" and ", SchemaVersion.ids()),
                    "upgrade deploytrack to read and write this registry; it was not changed");
        }
        throw new RegistryException(displayName, at.getLineNr(), at.getColumnNr(),
                "unknown registry_version " + (id == null ? "(not a string)" : "'" + id + "'") + "; this version "
                        + "reads registry_version " + String.join(" and ", SchemaVersion.ids()),
                restoreHint(displayName));
    }

    private static RegistryException unreadable(JsonProcessingException e, String displayName) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        String message;
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            message = path(mismatch.getPath()) + " must be " + expected(mismatch.getTargetType());
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            message = path(mapping.getPath()) + ": " + firstLine(e.getOriginalMessage());
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field ")) {
            String original = e.getOriginalMessage();
            message = "the field " + original.substring("Duplicate field ".length()) + " is given twice in one "
                    + "object; JSON readers disagree on which one counts";
        } else {
            message = "invalid JSON: " + firstLine(e.getOriginalMessage());
        }
        return new RegistryException(displayName, line, column, message, restoreHint(displayName));
    }

    /** {@code projects[3].agents[0].version}, the way a person would point at the value. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class) {
            return "a whole number";
        }
        return "an object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** What to do about a recorded commit that is not a commit id, in a registry file. */
    static String commitHint(String displayName) {
        return "write the commit that was deployed there (git rev-parse prints it), or remove the git_commit field, "
                + "or restore the previous version from " + displayName + ".bak (kept on every write); nothing was "
                + "written";
    }

    static String restoreHint(String displayName) {
        return "fix the file at that position, or restore the previous version from " + displayName
                + ".bak" + " (kept on every write); nothing was written";
    }
}
