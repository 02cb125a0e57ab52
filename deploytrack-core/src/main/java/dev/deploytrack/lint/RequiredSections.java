package dev.deploytrack.lint;

import dev.deploytrack.workspace.Glob;
import dev.deploytrack.yaml.YamlMappingReader;
import java.util.ArrayList;
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

    /** Binds {@code markdown: {required-sections: [{files, headings}]}} of deploytrack.yml. */
    public static List<RequiredSections> bind(YamlMappingReader markdown) {
        List<RequiredSections> sections = new ArrayList<>();
        for (YamlMappingReader entry : markdown.mappingList("required-sections")) {
            String files = entry.string("files", null);
            List<String> headings = entry.stringList("headings");
            if (files == null) {
                entry.problem("files", entry.path() + " needs 'files', a glob such as AGENTS.md");
                continue;
            }
            if (headings.isEmpty()) {
                entry.problem("headings", entry.path() + " needs 'headings', a list of required headings");
                continue;
            }
            entry.glob("files", files).ifPresent(glob -> sections.add(new RequiredSections(glob, headings)));
        }
        return List.copyOf(sections);
    }
}
