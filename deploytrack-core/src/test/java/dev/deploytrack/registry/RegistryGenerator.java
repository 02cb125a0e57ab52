package dev.deploytrack.registry;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random registries for property tests: projects, agents, versions, environments, history, approvals and fields a
 * team added, with names and values drawn from the text that breaks encoders (supplementary characters, control
 * characters, quotes, backslashes, line separators, lone surrogates where JSON allows them), and a snapshot of a
 * registry's meaning to compare what was written with what is read back.
 */
final class RegistryGenerator {

    /** Pieces of text: plain, JSON's specials, controls, non-ASCII on 2, 3 and 4 bytes, and odd code points. */
    private static final String[] PIECES = {"a", "api", "Z9", "-", "_", ".", "/", " ", "\"", "\\", "\\\"", "\n",
        "\r\n", "\t", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "é", "ß", "\u07ff", "\u0800", "€", "✓",
        "\u2028", "\u2029", "\ufeff", "\uffff", "\ufffd", "😀", "\ud83d\ude00\ud83d\ude00", "\udbff\udfff", "𝄞",
        "--", "-->", "<!--", "<img src=x>", "|", "`", "*", "#", "[x](y)", "{", "}", "[", "]", ":", ",", "\\u0041",
        "%s", "$(x)", "中文", "עברית", "\u0301"};
    /** Only in values: JSON can carry them escaped, but no reader takes them in a field name. */
    private static final String[] LONE_SURROGATES = {"\udc00", "\ud800", "\udfff"};

    private static final String[] ENVIRONMENTS = {"development", "staging", "production", "qa"};
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;

    RegistryGenerator(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** Text for a field name or a value; {@code value} allows lone surrogates. */
    String text(boolean value) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(6); n >= 0; n--) {
            if (value && random.nextInt(25) == 0) {
                text.append(LONE_SURROGATES[random.nextInt(LONE_SURROGATES.length)]);
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return text.toString();
    }

    /** Text with no whitespace or control character at all (agent ids and versions as the command line takes them). */
    String token() {
        StringBuilder text = new StringBuilder();
        while (text.length() == 0 || random.nextInt(3) > 0) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (piece.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                text.append(piece);
            }
        }
        return text.toString();
    }

    /** Non-blank, no whitespace at either end: a name as the command line records it (it strips names). */
    String name() {
        return ("n" + text(true) + "n");
    }

    /**
     * A name a request may store (see RequestText): hostile in every other way (quotes, backslashes, markup,
     * supplementary characters), but one line of visible text; registries may still hold the rest from older
     * versions or hand edits, which {@link #name()} gives.
     */
    /** A commit id as git prints one: 7 to 40 hexadecimal digits, or 64. */
    String commitId() {
        int length = random.nextInt(5) == 0 ? 64 : 7 + random.nextInt(34);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < length; i++) {
            id.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return id.toString();
    }

    String requestName() {
        String name = name().codePoints().filter(RegistryGenerator::storable)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return name.strip().isEmpty() ? "n" : name.strip();
    }

    /** Whether a request may store {@code text}: no control, format or separator character, no lone surrogate. */
    static boolean storable(String text) {
        return text.codePoints().allMatch(RegistryGenerator::storable);
    }

    private static boolean storable(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE;
    }

    String environment() {
        return ENVIRONMENTS[random.nextInt(ENVIRONMENTS.length)];
    }

    /** A JSON value of a field a team added: nested objects and arrays, strings, numbers, booleans, null. */
    JsonNode value(int depth) {
        switch (random.nextInt(depth > 2 ? 5 : 7)) {
            case 0:
                return NODES.textNode(text(true));
            case 1:
                return random.nextBoolean() ? NODES.numberNode(random.nextInt())
                        : NODES.numberNode(random.nextLong() | (1L << 40));
            case 2:
                return NODES.numberNode(random.nextInt(1000) / 8.0);
            case 3:
                return NODES.booleanNode(random.nextBoolean());
            case 4:
                return NODES.nullNode();
            case 5: {
                ObjectNode object = NODES.objectNode();
                for (int n = random.nextInt(3); n > 0; n--) {
                    object.set(text(false), value(depth + 1));
                }
                return object;
            }
            default: {
                ArrayNode array = NODES.arrayNode();
                for (int n = random.nextInt(3); n > 0; n--) {
                    array.add(value(depth + 1));
                }
                return array;
            }
        }
    }

    private void extras(ExtraFields target, java.util.Set<String> known) {
        for (int n = random.nextInt(3) == 0 ? random.nextInt(3) + 1 : 0; n > 0; n--) {
            String name = text(false);
            if (!known.contains(name)) {
                target.putExtra(name, value(0));
            }
        }
    }

    private static final java.util.Set<String> TOP = java.util.Set.of("registry_version", "last_updated",
            "projects", "deployment_history", "approvals", "statistics", "checksum");
    private static final java.util.Set<String> PROJECT = java.util.Set.of("path", "name", "deployed_at", "agents",
            "testimony_file", "testimony_sha256");
    private static final java.util.Set<String> AGENT = java.util.Set.of("id", "version", "deployed_at",
            "testimony_collected", "last_sync", "environment", "updated_at", "git_commit");
    private static final java.util.Set<String> HISTORY = java.util.Set.of("timestamp", "project", "agent", "action",
            "version", "environment", "previous_version", "actor", "git_commit", "idempotency_key", "emergency",
            "reason");
    private static final java.util.Set<String> APPROVAL = java.util.Set.of("timestamp", "project", "environment",
            "agent", "version", "approver", "reason");
    private static final java.util.Set<String> STATISTICS = java.util.Set.of("total_projects", "total_deployments",
            "agents_deployed", "most_deployed_agent", "deployments_by_environment", "deployments_by_agent",
            "projects_by_agent");

    /** A 2.0.0 registry (or 1.0.0 with {@code v1}) with derived statistics, as a write would leave it. */
    Registry registry(boolean v1) {
        Registry registry = Registry.empty();
        if (v1) {
            registry.registryVersion(SchemaVersion.V1);
        }
        registry.lastUpdated(random.nextInt(5) == 0 ? null : text(true));
        int projects = random.nextInt(5);
        for (int p = 0; p < projects; p++) {
            String name = name() + p;
            ProjectEntry project = registry.addProject(name, random.nextBoolean() ? null : text(true), text(true));
            for (int a = random.nextInt(4); a > 0; a--) {
                project.deploy(token() + a, random.nextInt(4) == 0 ? null : token(), v1 ? null : environment(),
                        text(true), v1 || random.nextBoolean() ? null : commitId());
            }
            project.agents().forEach(agent -> extras(agent, AGENT));
            extras(project, PROJECT);
        }
        int history = random.nextInt(8);
        for (int h = 0; h < history; h++) {
            String project = projects > 0 && random.nextBoolean() ? registry.projects().get(random.nextInt(projects))
                    .name() : text(true);
            HistoryEntry entry = new HistoryEntry(text(true), project, token(), random.nextInt(6) == 0 ? text(true)
                    : List.of(HistoryEntry.DEPLOYED, HistoryEntry.UPDATED, HistoryEntry.ROLLED_BACK)
                    .get(random.nextInt(3)), token());
            if (!v1) {
                entry.environment(environment()).previousVersion(random.nextBoolean() ? null : token())
                        .actor(random.nextBoolean() ? null : new Actor(Actor.Kind.values()[random.nextInt(3)],
                                name()))
                        .gitCommit(random.nextBoolean() ? null : commitId())
                        .idempotencyKey(random.nextBoolean() ? null : text(true))
                        .emergency(random.nextInt(4) == 0).reason(random.nextBoolean() ? null : text(true));
            }
            extras(entry, HISTORY);
            registry.append(entry);
        }
        if (!v1) {
            for (int a = random.nextInt(3); a > 0; a--) {
                Approval approval = new Approval(text(true), text(true), environment(), token(), token(),
                        new Actor(Actor.Kind.HUMAN, name()), random.nextBoolean() ? null : text(true));
                extras(approval, APPROVAL);
                registry.add(approval);
            }
        }
        Statistics derived = StatisticsDeriver.derive(registry);
        registry.statistics(v1 ? new Statistics(derived.totalProjects(), derived.totalDeployments(),
                derived.agentsDeployed(), derived.mostDeployedAgent(), Map.of(), Map.of(), Map.of()) : derived);
        extras(registry.statistics(), STATISTICS);
        extras(registry, TOP);
        return registry;
    }

    /** The registry's meaning as a tree: every field, a team's own included; the checksum is not part of it. */
    static JsonNode snapshot(Registry registry) {
        ObjectNode tree = SNAPSHOT.valueToTree(registry);
        tree.remove("checksum");
        return tree;
    }

    /** Where two snapshots first differ, as a JSON pointer and both values; {@code null} when they are equal. */
    static String firstDifference(JsonNode expected, JsonNode actual, String at) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.isContainerNode() && actual != null && actual.getNodeType() == expected.getNodeType()) {
            java.util.Iterator<String> names = expected.isObject() ? expected.fieldNames() : null;
            int size = expected.isArray() ? Math.max(expected.size(), actual.size()) : 0;
            if (names != null) {
                java.util.Set<String> all = new java.util.LinkedHashSet<>();
                names.forEachRemaining(all::add);
                actual.fieldNames().forEachRemaining(all::add);
                for (String name : all) {
                    JsonNode a = expected.get(name);
                    JsonNode b = actual.get(name);
                    if (a == null || b == null) {
                        return at + "/" + name + ": " + a + " vs " + b;
                    }
                    String inner = firstDifference(a, b, at + "/" + name);
                    if (inner != null) {
                        return inner;
                    }
                }
            }
            for (int i = 0; i < size; i++) {
                if (i >= expected.size() || i >= actual.size()) {
                    return at + "/" + i + ": sizes " + expected.size() + " vs " + actual.size();
                }
                String inner = firstDifference(expected.get(i), actual.get(i), at + "/" + i);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return at + ": " + expected + " (" + expected.getNodeType() + ") vs " + actual
                + (actual == null ? "" : " (" + actual.getNodeType() + ")");
    }

    /** Exposes the fields a team added, which the registry's own reader takes through an any-setter. */
    abstract static class ExtrasMixIn {
        @JsonAnyGetter
        abstract Map<String, Object> extra();
    }

    private static final ObjectMapper SNAPSHOT = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .addMixIn(ExtraFields.class, ExtrasMixIn.class)
            .build();
}
