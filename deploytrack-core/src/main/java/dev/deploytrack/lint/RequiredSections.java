package dev.deploytrack.lint;

import dev.deploytrack.workspace.Glob;
import java.util.List;

/**
 * Headings that Markdown files matching a glob must contain, e.g. every AGENTS.md needs "Setup" and "Testing".
 *
 * @param files    which files (see {@link Glob})
 * @param headings the heading texts, compared ignoring case and surrounding blanks, at any heading level
 */
public record RequiredSections(Glob files, List<String> headings) {

    public RequiredSections {
        headings = List.copyOf(headings);
    }
}
