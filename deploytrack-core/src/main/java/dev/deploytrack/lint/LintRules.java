package dev.deploytrack.lint;

import static dev.deploytrack.report.Severity.ERROR;
import static dev.deploytrack.report.Severity.WARNING;

import dev.deploytrack.report.Rule;
import java.util.List;

/** Rules for deploytrack's YAML, required Markdown sections and instruction files. */
public final class LintRules {

    public static final Rule YAML_SYNTAX = Rule.of("yaml-syntax", ERROR,
            "YAML configuration is valid",
            "deploytrack.yml and the YAML files under environments/ must be valid YAML.");
    public static final Rule MARKDOWN_REQUIRED_SECTION = Rule.of("markdown-required-section", ERROR,
            "required Markdown sections are present",
            "Files matched by markdown.required-sections in deploytrack.yml must contain each listed heading.");
    public static final Rule INSTRUCTIONS_EMPTY = Rule.of("instructions-empty", WARNING,
            "instruction files are not empty",
            "An empty AGENTS.md, CLAUDE.md or GEMINI.md tells the agent nothing; write the instructions or delete "
                    + "the file.");

    public static final List<Rule> ALL = List.of(YAML_SYNTAX,
            MARKDOWN_REQUIRED_SECTION, INSTRUCTIONS_EMPTY);

    private LintRules() {
    }
}
