package dev.deploytrack.codex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level keys of Codex's config.toml with their types and values, read from config-keys.tsv (one table,
 * versioned with its source and date, instead of one rule per key).
 */
final class ConfigKeys {

    /** A key's type and, for an enumeration, its values. */
    record Key(String name, String type, List<String> values) {
    }

    static final Map<String, Key> ALL = load();

    private ConfigKeys() {
    }

    private static Map<String, Key> load() {
        Map<String, Key> keys = new LinkedHashMap<>();
        try (InputStream in = ConfigKeys.class.getResourceAsStream("config-keys.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                keys.put(columns[0], new Key(columns[0], columns[1], columns.length > 2
                        ? List.of(columns[2].split(",")) : List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
