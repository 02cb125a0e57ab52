package dev.deploytrack.tokens;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.skills.Frontmatter;
import dev.deploytrack.skills.SkillFile;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.YamlNodes;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * The texts of a repository that reach a model, read once for token budgets and cost projection. What is loaded
 * when:
 * <ul>
 *   <li>every instruction file (each file of a type that is always loaded: AGENTS.md and AGENTS.override.md,
 *       CLAUDE.md and CLAUDE.local.md, GEMINI.md at any depth, .github/copilot-instructions.md) and
 *       the {@code name: description} line of every skill are loaded into every conversation: the
 *       <em>always-loaded context</em>. Counting every instruction file is the conservative reading: a client
 *       loads its own file, and nested files load when it works in their directory;</li>
 *   <li>a skill's body (SKILL.md after the frontmatter) is loaded when the skill triggers;</li>
 *   <li>a subagent's definition body ({@code .claude/agents/NAME.md}) is its system prompt.</li>
 * </ul>
 * Reading goes through {@link CheckContext}, so unreadable and binary files are reported the same way as everywhere
 * else; reading never counts, so building this loads no vocabulary.
 */
public final class AgentContext {

    private final List<ContextText> instructionFiles;
    private final List<Skill> skills;
    private final List<Agent> agents;

    private AgentContext(List<ContextText> instructionFiles, List<Skill> skills, List<Agent> agents) {
        this.instructionFiles = List.copyOf(instructionFiles);
        this.skills = List.copyOf(skills);
        this.agents = List.copyOf(agents);
    }

    /** A skill: its name, the line loaded for it in every conversation, and its body. */
    public record Skill(String path, String name, ContextText metadata, ContextText body) {
    }

    /** A subagent definition: its name and its body, the subagent's system prompt. */
    public record Agent(String path, String name, ContextText body) {
    }

    public static AgentContext read(CheckContext context) {
        List<ContextText> instructions = new ArrayList<>();
        for (String path : context.agentFiles().instructionFiles()) {
            context.text(path).ifPresent(source -> instructions.add(
                    new ContextText(path, 1, CountableText.of(source))));
        }
        List<Skill> skills = new ArrayList<>();
        for (SkillFile skill : context.agentFiles().skills()) {
            context.text(skill.path()).ifPresent(source -> skills.add(skill(skill, source)));
        }
        List<Agent> agents = new ArrayList<>();
        for (String path : context.agentFiles().agentDefinitions()) {
            context.text(path).ifPresent(source -> agents.add(agent(path, source)));
        }
        return new AgentContext(instructions, skills, agents);
    }

    public List<ContextText> instructionFiles() {
        return instructionFiles;
    }

    public List<Skill> skills() {
        return skills;
    }

    public List<Agent> agents() {
        return agents;
    }

    public Optional<Skill> skill(String name) {
        return skills.stream().filter(skill -> skill.name().equals(name)).findFirst();
    }

    public Optional<Agent> agent(String name) {
        return agents.stream().filter(agent -> agent.name().equals(name)).findFirst();
    }

    /** The always-loaded context, in the order it is counted: instruction files, then skills' metadata lines. */
    public List<ContextText> alwaysLoaded() {
        List<ContextText> texts = new ArrayList<>(instructionFiles);
        skills.forEach(skill -> texts.add(skill.metadata()));
        return texts;
    }

    private static Skill skill(SkillFile file, SourceText source) {
        Fields fields = Fields.read(source);
        String name = fields.name() == null ? file.directoryName() : fields.name();
        String description = fields.description() == null ? "" : fields.description();
        return new Skill(file.path(), name, new ContextText(file.path(), fields.nameLine(), name + ": " + description),
                new ContextText(file.path(), fields.bodyStartLine(), fields.body()));
    }

    private static Agent agent(String path, SourceText source) {
        Fields fields = Fields.read(source);
        String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        return new Agent(path, fields.name() == null ? stem : fields.name(),
                new ContextText(path, fields.bodyStartLine(), fields.body()));
    }

    /** The frontmatter's name and description (null when absent or not strings) and the body after it. */
    private record Fields(String name, int nameLine, String description, String body, int bodyStartLine) {

        static Fields read(SourceText source) {
            String text = source.text();
            Frontmatter frontmatter = Frontmatter.of(source);
            if (frontmatter.status() != Frontmatter.Status.PRESENT) {
                // No readable frontmatter: the whole file is what the client loads (validate reports the problem).
                return new Fields(null, 1, null, frontmatter.status() == Frontmatter.Status.MISSING ? text : "",
                        1);
            }
            String name = null;
            String description = null;
            int nameLine = 1;
            try {
                Optional<Node> root = frontmatter.parse();
                if (root.isPresent() && root.get() instanceof MappingNode mapping) {
                    for (NodeTuple tuple : mapping.getValue()) {
                        String key = YamlNodes.scalarText(tuple.getKeyNode());
                        Node value = tuple.getValueNode();
                        if ("name".equals(key) && YamlNodes.isString(value)) {
                            name = YamlNodes.scalarText(value).trim();
                            nameLine = YamlNodes.line(value, 2);
                        } else if ("description".equals(key) && YamlNodes.isString(value)) {
                            description = YamlNodes.scalarText(value);
                        }
                    }
                }
            } catch (YamlSyntaxException e) {
                // validate reports the YAML error; the body is still what loads
            }
            return new Fields(name, nameLine, description, frontmatter.body(), frontmatter.bodyStartLine());
        }
    }
}
