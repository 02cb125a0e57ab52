package dev.deploytrack.claude;

import dev.deploytrack.discovery.ClaudePlugin;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.frontmatter.FrontmatterRead;
import dev.deploytrack.frontmatter.MarkdownFile;
import dev.deploytrack.frontmatter.Reading;
import dev.deploytrack.skills.SkillFile;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.YamlNodes;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A Markdown file Claude Code loads (a subagent, a slash command, a skill, a rule), read as Claude Code reads it.
 *
 * @param plugin the plugin it belongs to, or null for a project file
 */
public record ClaudeMarkdown(String path, FileType type, SourceText source, FrontmatterRead frontmatter,
                             ClaudePlugin plugin, ClaudeProject project) implements MarkdownFile {

    @Override
    public boolean inPlugin() {
        return plugin != null;
    }

    @Override
    public Set<String> knownFields() {
        return switch (type) {
            case CLAUDE_AGENT -> ClaudeCode.AGENT_FIELDS;
            case CLAUDE_RULE -> Set.of("paths");
            default -> ClaudeCode.SKILL_FIELDS;
        };
    }

    @Override
    public Reading reading() {
        if (type != FileType.SKILL) {
            return Reading.CLAUDE_CODE;
        }
        for (SkillFile skill : project.files().skills()) {
            if (skill.path().equals(path)) {
                return project.reading(skill);
            }
        }
        return Reading.STRICT;
    }

    public Optional<Node> field(String name) {
        return frontmatter.field(name);
    }

    /** A field's string value, or null when it is absent or not a string. */
    public String string(String name) {
        return frontmatter.string(name);
    }

    /** The file's name without {@code .md}: a command's name, an agent's fallback name. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** Whether the file is a command (which reads a skill's fields, except name and paths). */
    public boolean isCommand() {
        return type == FileType.CLAUDE_COMMAND;
    }

    /** The text of file line {@code line}, without its line break. */
    public String lineText(int line) {
        var lines = source.lines();
        if (line < 1 || line > lines.lineCount()) {
            return "";
        }
        String text = source.text();
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        return text.substring(lines.lineStart(line), end).stripTrailing();
    }

    /** The scalar text of a field, whatever its type, or null. */
    public String text(String name) {
        return frontmatter.field(name).map(YamlNodes::scalarText).orElse(null);
    }
}
