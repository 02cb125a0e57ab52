package dev.deploytrack.gemini;

import dev.deploytrack.check.JsonFindings;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonTree;

/**
 * A Gemini CLI JSON file, parsed as Gemini CLI parses it: settings with comments stripped, then {@code JSON.parse};
 * an extension manifest with {@code JSON.parse}.
 *
 * @param parsed the tree, or where and why it is not JSON
 */
public record GeminiJson(String path, FileType type, JsonFiles.Parsed parsed) implements JsonFindings {

    /** Whether the file parsed to an object (what every field rule needs). */
    public boolean isObject() {
        return parsed.ok() && parsed.tree().is(JsonTree.Kind.OBJECT);
    }

    public JsonTree root() {
        return parsed.tree();
    }

    public JsonTree get(String key) {
        return isObject() ? parsed.tree().get(key) : null;
    }

    /** The directory holding the file ({@code ""} at the root). */
    public String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
