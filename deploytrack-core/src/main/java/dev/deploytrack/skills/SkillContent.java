package dev.deploytrack.skills;

import dev.deploytrack.check.CheckContext;
import dev.deploytrack.frontmatter.FrontmatterRead;
import dev.deploytrack.report.Rule;
import dev.deploytrack.source.SourceText;
import java.util.List;

/**
 * A skill as a whole, for the rules that look beyond its frontmatter: its SKILL.md as its tools read it, the files
 * of its directory, and the other skills of the repository.
 *
 * @param directory the skill's directory relative to the repository root ({@code ""} at the root)
 * @param files     the files of the skill's directory, relative to the repository root
 */
public record SkillContent(SkillFile skill, SourceText source, FrontmatterRead frontmatter, String directory,
                           List<String> files, SkillIndex index) {

    /** A path relative to the skill's directory, as a repository path. */
    public String resolve(String relative) {
        return directory.isEmpty() ? relative : directory + "/" + relative;
    }

    /** Whether the skill's directory holds the file {@code relative} (or a directory of that name). */
    public boolean has(String relative) {
        String path = resolve(relative);
        if (index.exists(path)) {
            return true;
        }
        String prefix = path + "/";
        for (String file : files) {
            if (file.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public void report(CheckContext context, Rule rule, int line, int column,
                       String message, String hint) {
        context.report(rule, skill.path(), line, column, message, hint);
    }
}
