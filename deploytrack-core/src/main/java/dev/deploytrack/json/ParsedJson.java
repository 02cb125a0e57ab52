package dev.deploytrack.json;

import java.util.HashMap;
import java.util.Map;

/**
 * The JSON files of one run, each parsed once: discovery reads plugin manifests and marketplaces to find plugins,
 * and the checks read the same files for their rules (the manifest itself, a marketplace entry's plugin.json, the
 * default folders a manifest replaces). One instance per run; a file whose text changed (the next pass of
 * {@code validate --fix}) is parsed again.
 */
public final class ParsedJson {

    private final Map<String, Entry> parsed = new HashMap<>();
    private int parses;

    private record Entry(String text, JsonFiles.Parsed parsed) {
    }

    /** {@code text}, the content of {@code path}, as {@code dialect} reads it. */
    public synchronized JsonFiles.Parsed parse(String path, String text, JsonFiles.Dialect dialect) {
        String key = dialect.name() + ':' + path;
        Entry entry = parsed.get(key);
        if (entry == null || !entry.text().equals(text)) {
            entry = new Entry(text, JsonFiles.parse(text, dialect));
            parsed.put(key, entry);
            parses++;
        }
        return entry.parsed();
    }

    /** How many times a text was actually parsed (tests: once per file and dialect). */
    public synchronized int parses() {
        return parses;
    }
}
