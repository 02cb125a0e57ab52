package dev.deploytrack.yaml;

import dev.deploytrack.workspace.Glob;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Binds one YAML mapping to typed values. Every getter records the key as known; at the end, keys nobody asked for
 * are reported as unknown, with the closest known key suggested. A value of the wrong type is reported with its
 * line and the default is used, so one run reports every mistake in the file.
 */
public final class YamlMappingReader {

    private final YamlFile file;
    private final MappingNode mapping;
    private final String path;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();
    private final List<YamlMappingReader> children = new ArrayList<>();
    private boolean dynamicKeys;

    YamlMappingReader(YamlFile file, MappingNode mapping, String path) {
        this.file = file;
        this.mapping = mapping;
        this.path = path;
        if (mapping != null) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = YamlNodes.scalarText(tuple.getKeyNode());
                if (key == null) {
                    file.problem(tuple.getKeyNode(), "keys must be plain words" + where());
                } else {
                    entries.put(key, tuple);
                }
            }
        }
    }

    /** The dotted path of this mapping within the file, e.g. {@code skills}, or empty for the root. */
    public String path() {
        return path == null ? "" : path;
    }

    public boolean has(String key) {
        known.add(key);
        return entries.containsKey(key);
    }

    /** The keys present, in file order (for mappings whose keys are names, such as rule ids). */
    public List<String> keys() {
        dynamicKeys = true;
        return List.copyOf(entries.keySet());
    }

    public Optional<Node> node(String key) {
        known.add(key);
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
    }

    /** The node of the key itself (for positions of messages about the key). */
    public Optional<Node> keyNode(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getKeyNode());
    }

    public String string(String key, String defaultValue) {
        Optional<Node> node = node(key);
        if (node.isEmpty() || YamlNodes.isNull(node.get())) {
            return defaultValue;
        }
        if (!YamlNodes.isString(node.get())) {
            wrongType(key, node.get(), "a string (quote it if it looks like a number or boolean)");
            return defaultValue;
        }
        return YamlNodes.scalarText(node.get());
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<Node> node = node(key);
        if (node.isEmpty() || YamlNodes.isNull(node.get())) {
            return defaultValue;
        }
        if (!Tag.BOOL.equals(node.get().getTag()) || !(node.get() instanceof ScalarNode)) {
            wrongType(key, node.get(), "true or false");
            return defaultValue;
        }
        return Boolean.parseBoolean(YamlNodes.scalarText(node.get()).toLowerCase(Locale.ROOT));
    }

    public long integer(String key, long defaultValue, long min, long max) {
        Optional<Node> node = node(key);
        if (node.isEmpty() || YamlNodes.isNull(node.get())) {
            return defaultValue;
        }
        if (!Tag.INT.equals(node.get().getTag())) {
            wrongType(key, node.get(), "a whole number");
            return defaultValue;
        }
        try {
            long value = Long.parseLong(YamlNodes.scalarText(node.get()).replace("_", ""));
            if (value < min || value > max) {
                problem(node.get(), qualified(key) + " must be between " + min + " and " + max + ", not " + value);
                return defaultValue;
            }
            return value;
        } catch (NumberFormatException e) {
            wrongType(key, node.get(), "a whole number between " + min + " and " + max);
            return defaultValue;
        }
    }

    /** A non-negative decimal number (amounts of money, ratios), exact. */
    public BigDecimal decimal(String key, BigDecimal defaultValue) {
        Optional<Node> node = node(key);
        if (node.isEmpty() || YamlNodes.isNull(node.get())) {
            return defaultValue;
        }
        BigDecimal value = toDecimal(node.get());
        if (value == null) {
            wrongType(key, node.get(), "a number");
            return defaultValue;
        }
        if (value.signum() < 0) {
            problem(node.get(), qualified(key) + " must not be negative, but it is " + value.toPlainString());
            return defaultValue;
        }
        return value;
    }

    private static final int MAX_DECIMAL_DIGITS = 300;

    static BigDecimal toDecimal(Node node) {
        if (!(node instanceof ScalarNode) || !(Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(YamlNodes.scalarText(node).replace("_", ""));
            // 1e999999999 is a valid YAML float, and printing it would take a gigabyte: no amount or ratio needs
            // more than a few hundred digits either side of the point.
            return Math.abs((long) value.precision() - value.scale()) > MAX_DECIMAL_DIGITS
                    || Math.abs((long) value.scale()) > MAX_DECIMAL_DIGITS ? null : value;
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // .inf and .nan are floats in YAML but not amounts
        }
    }

    /** A list of strings; a single string is accepted as a list of one. */
    public List<String> stringList(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty() || YamlNodes.isNull(node.get())) {
            return List.of();
        }
        if (YamlNodes.isString(node.get())) {
            return List.of(YamlNodes.scalarText(node.get()));
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            wrongType(key, node.get(), "a list of strings");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (YamlNodes.isString(item)) {
                values.add(YamlNodes.scalarText(item));
            } else {
                problem(item, "items of " + qualified(key) + " must be strings, but this one is "
                        + YamlNodes.describeKind(item));
            }
        }
        return values;
    }

    /** {@code pattern}, read from {@code key}, as a glob; an invalid pattern is reported and empty. */
    public Optional<Glob> glob(String key, String pattern) {
        try {
            return Optional.of(Glob.of(pattern));
        } catch (IllegalArgumentException e) { // includes PatternSyntaxException
            problem(key, "'" + pattern + "' in " + qualified(key) + " is not a valid glob pattern");
            return Optional.empty();
        }
    }

    /** A list of globs (a single string is a list of one); invalid patterns are reported and left out. */
    public List<Glob> globList(String key) {
        List<Glob> globs = new ArrayList<>();
        for (String pattern : stringList(key)) {
            glob(key, pattern).ifPresent(globs::add);
        }
        return globs;
    }

    /** A nested mapping; empty if the key is absent (a wrong type is reported). */
    public Optional<YamlMappingReader> mapping(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty() || YamlNodes.isNull(node.get())) {
            return Optional.empty();
        }
        if (!(node.get() instanceof MappingNode nested)) {
            wrongType(key, node.get(), "a mapping of keys to values");
            return Optional.empty();
        }
        return Optional.of(child(nested, qualified(key)));
    }

    /** A list of mappings, e.g. a list of {@code {files, headings}} entries. */
    public List<YamlMappingReader> mappingList(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty() || YamlNodes.isNull(node.get())) {
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            wrongType(key, node.get(), "a list of mappings");
            return List.of();
        }
        List<YamlMappingReader> readers = new ArrayList<>();
        int index = 0;
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode nested) {
                readers.add(child(nested, qualified(key) + "[" + index + "]"));
            } else {
                problem(item, "items of " + qualified(key) + " must be mappings, but this one is "
                        + YamlNodes.describeKind(item));
            }
            index++;
        }
        return readers;
    }

    /** A mapping whose keys are names chosen by the user, with string values. */
    public Map<String, String> stringMap(String key) {
        Map<String, String> values = new LinkedHashMap<>();
        mapping(key).ifPresent(nested -> {
            for (String name : nested.keys()) {
                String value = nested.string(name, null);
                if (value != null) {
                    values.put(name, value);
                }
            }
        });
        return values;
    }

    /** Reports a problem at {@code node}. */
    public void problem(Node node, String message) {
        file.problem(node, message);
    }

    /** Reports a problem at the value of {@code key} (or at this mapping if the key is absent). */
    public void problem(String key, String message) {
        file.problem(node(key).orElse(mapping), message);
    }

    /** {@code skills.ascii-names}: how messages name a key. */
    public String qualified(String key) {
        return path == null ? key : path + "." + key;
    }

    /** The file this mapping belongs to, as messages name it. */
    public String fileName() {
        return file.displayName();
    }

    private YamlMappingReader child(MappingNode nested, String childPath) {
        YamlMappingReader child = new YamlMappingReader(file, nested, childPath);
        children.add(child);
        return child;
    }

    private void wrongType(String key, Node node, String expected) {
        problem(node, qualified(key) + " must be " + expected + ", but it is " + YamlNodes.describeKind(node));
    }

    private String where() {
        return path == null ? "" : " (in " + path + ")";
    }

    /** Reports unknown keys here and in every mapping read through this one. */
    void finishAll() {
        if (!dynamicKeys) {
            for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
                if (!known.contains(entry.getKey())) {
                    file.problem(entry.getValue().getKeyNode(), unknownKeyMessage(entry.getKey()));
                }
            }
        }
        for (YamlMappingReader child : children) {
            child.finishAll();
        }
    }

    private String unknownKeyMessage(String key) {
        String message = "unknown key '" + key + "'" + where();
        String suggestion = Suggestions.closest(key, known, 2);
        if (suggestion != null) {
            return message + "; did you mean '" + suggestion + "'?";
        }
        return message + "; known keys: " + known.stream().collect(Collectors.joining(", "));
    }
}
