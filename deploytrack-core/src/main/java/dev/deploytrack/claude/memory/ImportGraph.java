package dev.deploytrack.claude.memory;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.ClaudeMemory;
import java.util.ArrayList;
import java.util.List;

/** Walks the imports of a CLAUDE.md through the repository's Markdown files. */
final class ImportGraph {

    /** An import reached on the walk: the file holding it, the import, its depth (1 = in the CLAUDE.md), the chain. */
    record Step(String file, Imports.Import found, String target, int depth, List<String> chain) {
    }

    /** Imports the walk follows at most: the depth Claude Code loads plus one, so deeper ones are seen. */
    private static final int LIMIT = 6;

    private ImportGraph() {
    }

    /** Every import reachable from {@code memory}, each with the chain of files that leads to it. */
    static List<Step> walk(ClaudeMemory memory, CheckContext context) {
        List<Step> steps = new ArrayList<>();
        walk(memory.path(), memory.source().text(), 1, new ArrayList<>(List.of(memory.path())), memory, context,
                steps);
        return steps;
    }

    private static void walk(String file, String text, int depth, List<String> chain, ClaudeMemory memory,
                             CheckContext context, List<Step> steps) {
        if (depth > LIMIT) {
            return;
        }
        for (Imports.Import found : Imports.of(text)) {
            String target = Imports.resolve(file, found.path());
            if (target == null || !memory.project().exists(target)) {
                continue;
            }
            steps.add(new Step(file, found, target, depth, List.copyOf(chain)));
            if (chain.contains(target) || !target.endsWith(".md")) {
                continue;
            }
            var targetText = context.text(target);
            if (targetText.isPresent()) {
                chain.add(target);
                walk(target, targetText.get().text(), depth + 1, chain, memory, context, steps);
                chain.remove(chain.size() - 1);
            }
        }
    }
}
