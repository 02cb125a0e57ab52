package dev.deploytrack.copilot;

import dev.deploytrack.discovery.FileType;
import dev.deploytrack.frontmatter.FrontmatterRead;
import dev.deploytrack.frontmatter.MarkdownFile;
import dev.deploytrack.source.SourceText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A Copilot instructions, prompt, custom agent or chat mode file, its frontmatter read as YAML (GitHub's and VS
 * Code's documentation show YAML headers).
 *
 * @param project what the checks of one run share: the repository's files and custom agents
 */
public record CopilotMarkdown(String path, FileType type, SourceText source, FrontmatterRead frontmatter,
                              CopilotProject project) implements MarkdownFile {

    @Override
    public boolean inPlugin() {
        return false;
    }

    public Optional<Node> field(String name) {
        return frontmatter.field(name);
    }

    /** The frontmatter fields not in {@code known}, in file order, with their key nodes (where to report them). */
    public Map<String, Node> unknownFields(Set<String> known) {
        Map<String, Node> unknown = new LinkedHashMap<>();
        frontmatter.fields().forEach((name, field) -> {
            if (!known.contains(name)) {
                unknown.put(name, field.getKeyNode());
            }
        });
        return unknown;
    }

    /** A field's string value, or null when it is absent or not a string. */
    public String string(String name) {
        return frontmatter.string(name);
    }

    /** The whole text as Copilot reads it (frontmatter included). */
    public String text() {
        return source.text();
    }

    /**
     * Whether the file is active configuration of this repository, where Copilot looks for it
     * ({@code .github/instructions/}, {@code .github/copilot-instructions.md}), rather than part of a collection
     * kept elsewhere for other repositories (github/awesome-copilot keeps them at its root).
     */
    public boolean isActive() {
        return type == FileType.COPILOT_INSTRUCTIONS || path.startsWith(".github/instructions/")
                || path.contains("/.github/instructions/");
    }

    /** The directory holding {@code .github} ({@code ""} at the root), which applyTo globs are relative to. */
    public String projectDir() {
        int github = path.lastIndexOf("/.github/");
        return path.startsWith(".github/") || github < 0 ? "" : path.substring(0, github);
    }

    /** The agent's id: its file name without {@code .agent.md}, {@code .chatmode.md} or {@code .md}. */
    public String agentId() {
        return CopilotProject.agentId(path);
    }
}
