package dev.deploytrack.frontmatter;

import dev.deploytrack.skills.Frontmatter;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.SafeYaml;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads the frontmatter of a Markdown file the way the tool that loads it does ({@link Reading}). The split into
 * frontmatter and body is {@link Frontmatter}'s: an opening line that is exactly {@code ---} and the next such line.
 */
public final class FrontmatterReader {

    private FrontmatterReader() {
    }

    /** Reads {@code source}'s frontmatter; the result is cached on the text for each reading. */
    public static FrontmatterRead read(SourceText source, Reading reading) {
        if (reading == Reading.CLAUDE_CODE) {
            return source.derived(ClaudeCodeRead.class, text -> new ClaudeCodeRead(read(Frontmatter.of(text),
                    Reading.CLAUDE_CODE))).read;
        }
        return source.derived(StrictRead.class, text -> new StrictRead(read(Frontmatter.of(text),
                Reading.STRICT))).read;
    }

    /** Cache keys, one per reading. */
    private record ClaudeCodeRead(FrontmatterRead read) {
    }

    private record StrictRead(FrontmatterRead read) {
    }

    static FrontmatterRead read(Frontmatter frontmatter, Reading reading) {
        switch (frontmatter.status()) {
            case MISSING -> {
                return failed(FrontmatterRead.Outcome.MISSING, frontmatter, null, null);
            }
            case UNCLOSED -> {
                return failed(FrontmatterRead.Outcome.UNCLOSED, frontmatter, null, null);
            }
            default -> {
                // parse below
            }
        }
        boolean lenient = reading == Reading.CLAUDE_CODE;
        Optional<Node> root;
        YamlSyntaxException strictError;
        List<Integer> repaired = List.of();
        try {
            // The split frontmatter parses once per run (cached), for this reader and the token budgets alike.
            root = frontmatter.parse();
            return parsed(FrontmatterRead.Outcome.STRICT, frontmatter, root, null, repaired);
        } catch (YamlSyntaxException e) {
            strictError = e;
        }
        if (!lenient) {
            return failed(FrontmatterRead.Outcome.INVALID, frontmatter, strictError, strictError);
        }
        if (strictError.problem().startsWith("duplicate key")) {
            try {
                root = SafeYaml.parse(frontmatter.yaml(), 2, true); // Claude Code keeps the last of two keys
                return parsed(FrontmatterRead.Outcome.STRICT, frontmatter, root, null, repaired);
            } catch (YamlSyntaxException e) {
                strictError = e;
            }
        }
        ClaudeRepair.Repaired repair = ClaudeRepair.repair(frontmatter.yaml());
        if (repair.lines().isEmpty()) {
            return failed(FrontmatterRead.Outcome.INVALID, frontmatter, strictError, strictError);
        }
        try {
            root = SafeYaml.parse(repair.yaml(), 2, true);
        } catch (YamlSyntaxException e) {
            return failed(FrontmatterRead.Outcome.INVALID, frontmatter, strictError, e);
        }
        repaired = new ArrayList<>();
        for (int line : repair.lines()) {
            repaired.add(line + 2);
        }
        return parsed(FrontmatterRead.Outcome.REPAIRED, frontmatter, root, strictError, repaired);
    }

    private static FrontmatterRead parsed(FrontmatterRead.Outcome outcome, Frontmatter frontmatter,
                                          Optional<Node> root, YamlSyntaxException strictError,
                                          List<Integer> repaired) {
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            return new FrontmatterRead(FrontmatterRead.Outcome.NOT_MAPPING, frontmatter, null, strictError, null,
                    repaired, List.of(), root.orElse(null));
        }
        return new FrontmatterRead(outcome, frontmatter, mapping, strictError, null, repaired, duplicates(mapping),
                null);
    }

    private static FrontmatterRead failed(FrontmatterRead.Outcome outcome, Frontmatter frontmatter,
                                          YamlSyntaxException strictError, YamlSyntaxException error) {
        return new FrontmatterRead(outcome, frontmatter, null, strictError, error, List.of(), List.of(), null);
    }

    /** The top-level entries whose key an earlier entry already used. */
    private static List<NodeTuple> duplicates(MappingNode mapping) {
        List<NodeTuple> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !seen.add(key.getValue())) {
                duplicates.add(tuple);
            }
        }
        return duplicates;
    }
}
