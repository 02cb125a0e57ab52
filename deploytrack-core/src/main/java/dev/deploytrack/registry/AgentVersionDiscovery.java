package dev.deploytrack.registry;

import dev.deploytrack.discovery.AgentFileDiscovery;
import dev.deploytrack.discovery.AgentFiles;
import dev.deploytrack.skills.Frontmatter;
import dev.deploytrack.skills.SkillFile;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.Workspace;
import dev.deploytrack.yaml.YamlNodes;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Finds which agents, at which versions, a directory holds: the project being deployed, or a catalog of current agent
 * definitions for {@code impact}. An agent is an Agent Skill ({@code SKILL.md}) or an agent definition
 * ({@code .claude/agents/*.md}); its id is the frontmatter {@code name} (for a skill without one, its directory) and
 * its version is {@code metadata.version}, where the Agent Skills specification puts extra properties, or else a
 * top-level {@code version}. Files without a version are listed, not guessed.
 */
public final class AgentVersionDiscovery {

    /** Agent files are small; anything larger is not read. */
    private static final long MAX_FILE_SIZE = 1L << 20;

    private AgentVersionDiscovery() {
    }

    /**
     * What was found.
     *
     * @param agents      each agent once, by id, in file order
     * @param unversioned files that define an agent but give no version
     * @param problems    files that could not be read, or two versions for one id
     */
    public record Found(List<AgentVersion> agents, List<String> unversioned, List<String> problems) {

        public Found {
            agents = List.copyOf(agents);
            unversioned = List.copyOf(unversioned);
            problems = List.copyOf(problems);
        }
    }

    /**
     * One agent file and what it says: the agent's id, its version ({@code null} when it gives none) and where it
     * is. A skill is its whole directory, an agent definition its file.
     *
     * @param id        the frontmatter {@code name}, or for a skill without one its directory's name; {@code null} for
     *                  an agent definition without a name
     * @param version   {@code metadata.version} or {@code version}, or {@code null}
     * @param file      the {@code SKILL.md} or the agent definition, relative to the workspace's root
     * @param directory the skill's directory ({@code ""} at the root), or {@code null} for an agent definition
     */
    public record Located(String id, String version, String file, String directory) {

        /** The paths that make up this agent: the skill's directory (with a trailing slash) or the definition. */
        public String path() {
            return directory == null ? file : directory.isEmpty() ? "" : directory + "/";
        }
    }

    public static Found discover(Path directory) throws IOException {
        Workspace workspace = DirectoryWorkspace.scan(directory, List.of(), DirectoryWorkspace.DEFAULT_MAX_DEPTH);
        return discover(workspace);
    }

    /** The agents and versions of any workspace: a directory, or a commit's files. */
    public static Found discover(Workspace workspace) {
        List<String> problems = new ArrayList<>();
        Map<String, AgentVersion> agents = new LinkedHashMap<>();
        List<String> unversioned = new ArrayList<>();
        for (Located located : locate(workspace, problems)) {
            if (located.id() == null || located.version() == null) {
                unversioned.add(located.file());
                continue;
            }
            AgentVersion agent;
            try {
                agent = new AgentVersion(located.id(), located.version());
            } catch (IllegalArgumentException e) {
                problems.add(located.file() + ": " + e.getMessage());
                continue;
            }
            AgentVersion earlier = agents.putIfAbsent(agent.id(), agent);
            if (earlier != null && !earlier.version().equals(agent.version())) {
                problems.add(located.file() + ": agent '" + agent.id() + "' has version " + agent.version()
                        + " here but " + earlier.version() + " in another file; " + earlier.version() + " is used");
            }
        }
        return new Found(new ArrayList<>(agents.values()), unversioned, problems);
    }

    /**
     * Every agent file of a workspace, skills first, in file order, with its id whether or not it gives a version
     * (files whose frontmatter cannot be read are in {@code problems} instead).
     */
    public static List<Located> locate(Workspace workspace, List<String> problems) {
        AgentFiles files = AgentFileDiscovery.discover(workspace);
        List<Located> located = new ArrayList<>();
        for (SkillFile skill : files.skills()) {
            int slash = skill.path().lastIndexOf('/');
            read(workspace, skill.path(), skill.directoryName(), slash < 0 ? "" : skill.path().substring(0, slash),
                    located, problems);
        }
        for (String definition : files.agentDefinitions()) {
            read(workspace, definition, null, null, located, problems);
        }
        return located;
    }

    private static void read(Workspace workspace, String path, String fallbackName, String directory,
                             List<Located> located, List<String> problems) {
        Optional<MappingNode> frontmatter;
        try {
            if (workspace.size(path) > MAX_FILE_SIZE) {
                problems.add(path + ": larger than 1 MiB; not read");
                return;
            }
            frontmatter = frontmatter(SourceText.decode(workspace.read(path)).text());
        } catch (IOException e) {
            problems.add(path + ": cannot read: " + e.getMessage());
            return;
        } catch (YamlSyntaxException e) {
            problems.add(path + ":" + e.line() + ":" + e.column() + ": invalid YAML in frontmatter: " + e.problem());
            return;
        }
        String name = frontmatter.flatMap(map -> text(map, "name")).orElse(fallbackName);
        Optional<String> version = frontmatter.flatMap(map -> child(map, "metadata")
                .flatMap(metadata -> text(metadata, "version")).or(() -> text(map, "version")));
        located.add(new Located(name == null || name.isBlank() ? null : name.strip(), version.orElse(null), path,
                directory));
    }

    private static Optional<MappingNode> frontmatter(String text) throws YamlSyntaxException {
        Frontmatter frontmatter = Frontmatter.split(text);
        if (frontmatter.status() != Frontmatter.Status.PRESENT) {
            return Optional.empty();
        }
        return frontmatter.parse().filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    }

    private static Optional<Node> value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (key.equals(YamlNodes.scalarText(tuple.getKeyNode()))) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static Optional<MappingNode> child(MappingNode mapping, String key) {
        return value(mapping, key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    }

    /** A scalar's text: versions are often written unquoted ({@code version: 1.0}) and so are numbers in YAML. */
    private static Optional<String> text(MappingNode mapping, String key) {
        return value(mapping, key).filter(node -> !YamlNodes.isNull(node)).map(YamlNodes::scalarText)
                .map(String::trim).filter(text -> !text.isEmpty());
    }
}
