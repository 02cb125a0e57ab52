package dev.deploytrack.frontmatter;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.List;

/**
 * The frontmatter of Markdown agent files (subagents, commands, rules), read as each tool reads it. The rules are
 * shared: each tool's check runs {@link Rules#ALL} on its files before its own rules, and when the frontmatter cannot be
 * read the field rules of that file do not run (one cause, one finding).
 */
public final class FrontmatterFeature implements Feature {

    /** The rule classes, loaded when a file with frontmatter is first read (not by a run without one). */
    public static final class Rules {
        public static final List<FileRule<MarkdownFile>> ALL = List.of(new FrontmatterMissing(),
                new FrontmatterUnclosed(), new FrontmatterYamlInvalid(), new FrontmatterNotMapping(),
                new FrontmatterNotStrictYaml(), new FrontmatterDuplicateKey());

        private Rules() {
        }
    }

    @Override
    public String name() {
        return "Frontmatter";
    }

    @Override
    public List<Rule> rules() {
        return FileRule.rulesOf(Rules.ALL);
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of();
    }
}
