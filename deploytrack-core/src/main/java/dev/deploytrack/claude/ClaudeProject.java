package dev.deploytrack.claude;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.AgentFiles;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.discovery.Tool;
import dev.deploytrack.frontmatter.FrontmatterRead;
import dev.deploytrack.frontmatter.FrontmatterReader;
import dev.deploytrack.frontmatter.Reading;
import dev.deploytrack.skills.SkillFile;
import dev.deploytrack.source.SourceText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What rules about one Claude Code file need to know about the rest of the repository: which files exist, the names
 * of its subagents and skills, its commands. Built once per run, from files read quietly when they are out of scope
 * (in the pre-commit hook, the unstaged rest of the repository).
 */
public final class ClaudeProject {

    private final AgentFiles files;
    private final ClaudeSettings settings;
    private final Set<String> paths;
    private Set<String> directories;
    private final Map<String, List<String>> agentsByName = new LinkedHashMap<>();
    private final Map<String, List<String>> skillsByName = new LinkedHashMap<>();

    private ClaudeProject(CheckContext context, ClaudeSettings settings) {
        this.files = context.agentFiles();
        this.settings = settings;
        this.paths = new HashSet<>(context.workspace().files());
        for (String agent : files.ofType(FileType.CLAUDE_AGENT)) {
            Optional<SourceText> text = context.text(agent);
            if (text.isPresent()) {
                FrontmatterRead read = FrontmatterReader.read(text.get(), Reading.CLAUDE_CODE);
                String name = read.hasFields() ? read.string("name") : null;
                if (name != null && !name.isBlank()) {
                    agentsByName.computeIfAbsent(name.strip(), n -> new ArrayList<>()).add(agent);
                }
            }
        }
        for (SkillFile skill : files.skills()) {
            Optional<SourceText> text = context.text(skill.path());
            if (text.isPresent()) {
                FrontmatterRead read = FrontmatterReader.read(text.get(), reading(skill));
                String name = read.hasFields() ? read.string("name") : null;
                skillsByName.computeIfAbsent(name == null || name.isBlank() ? skill.directoryName() : name.strip(),
                        n -> new ArrayList<>()).add(skill.path());
            }
        }
    }

    public static ClaudeProject of(CheckContext context, ClaudeSettings settings) {
        return new ClaudeProject(context, settings);
    }

    /** The run's {@code claude:} settings (extra tools and hook events). */
    public ClaudeSettings settings() {
        return settings;
    }

    /** How the tools that load {@code skill} read its frontmatter: leniently only if Codex is not among them. */
    public Reading reading(SkillFile skill) {
        return readingOf(files.readers(skill));
    }

    /** Claude Code's reading for skills only lenient tools load; strict YAML for Codex and unknown readers. */
    public static Reading readingOf(Set<Tool> readers) {
        return Reading.forSkill(readers);
    }

    public AgentFiles files() {
        return files;
    }

    /** Whether the repository has the file {@code path}. */
    public boolean exists(String path) {
        return paths.contains(path);
    }

    /** Whether the repository has a directory {@code path} (one holding at least one file). */
    public boolean isDirectory(String path) {
        if (directories == null) {
            directories = new HashSet<>();
            for (String file : paths) {
                for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                    directories.add(file.substring(0, slash));
                }
            }
        }
        return path.isEmpty() || directories.contains(path);
    }

    /** Subagent names declared in the repository, each with its files. */
    public Map<String, List<String>> agentsByName() {
        return agentsByName;
    }

    /** Skill names (the frontmatter name, else the directory name), each with its SKILL.md files. */
    public Map<String, List<String>> skillsByName() {
        return skillsByName;
    }
}
