package dev.deploytrack.skills;

import static dev.deploytrack.report.Severity.ERROR;
import static dev.deploytrack.report.Severity.WARNING;

import dev.deploytrack.report.Fixable;
import dev.deploytrack.report.Rule;
import java.util.List;

/** The rules of the Agent Skills specification, plus deploytrack's policies where it is silent. */
public final class SkillRules {

    public static final Rule FRONTMATTER = Rule.of("skill-frontmatter", ERROR,
            "SKILL.md starts with YAML frontmatter",
            "SKILL.md must begin with a '---' line, the YAML fields, and a closing '---' line.")
            .fixable(Fixable.SAFE);
    public static final Rule YAML = Rule.of("skill-yaml", ERROR,
            "Frontmatter is valid YAML",
            "The frontmatter must be valid YAML; the finding points at the line and column the parser stopped at.")
            .fixable(Fixable.SAFE_AND_UNSAFE);
    public static final Rule FRONTMATTER_MAPPING = Rule.of("skill-frontmatter-mapping", ERROR,
            "Frontmatter is a mapping",
            "The frontmatter must be a YAML mapping of field names to values.");
    public static final Rule NAME_REQUIRED = Rule.of("skill-name-required", ERROR,
            "name is present and a non-empty string",
            "Every skill needs a 'name' field holding a non-empty string.");
    public static final Rule NAME_LENGTH = Rule.of("skill-name-length", ERROR,
            "name is at most 64 characters",
            "The name must be 1-64 characters (code points, after trimming and NFKC normalisation).");
    public static final Rule NAME_CHARACTERS = Rule.of("skill-name-characters", ERROR,
            "name holds lowercase letters, digits and hyphens only",
            "The name may only contain lowercase letters, digits and hyphens. Non-ASCII lowercase letters are "
                    + "accepted, as the reference validator does, unless skills.ascii-names is on.")
            .fixable(Fixable.SAFE_AND_UNSAFE);
    public static final Rule NAME_HYPHENS = Rule.of("skill-name-hyphens", ERROR,
            "name has no leading, trailing or doubled hyphen",
            "The name must not start or end with a hyphen and must not contain consecutive hyphens.")
            .fixable(Fixable.SAFE_AND_UNSAFE);
    public static final Rule NAME_DIRECTORY = Rule.of("skill-name-directory", ERROR,
            "name matches the skill's directory",
            "The name must equal the name of the directory holding SKILL.md (both compared after NFKC "
                    + "normalisation).")
            .fixable(Fixable.SAFE_AND_UNSAFE);
    public static final Rule DESCRIPTION_REQUIRED = Rule.of("skill-description-required", ERROR,
            "description is present and non-empty",
            "Every skill needs a 'description' field holding a non-blank string that says what the skill does "
                    + "and when to use it.");
    public static final Rule DESCRIPTION_LENGTH = Rule.of("skill-description-length", ERROR,
            "description is at most 1024 characters",
            "The description must be at most 1024 characters (code points).");
    public static final Rule COMPATIBILITY = Rule.of("skill-compatibility", ERROR,
            "compatibility is a string of at most 500 characters",
            "When present, 'compatibility' must be a string of 1-500 characters.");
    public static final Rule METADATA = Rule.of("skill-metadata", ERROR,
            "metadata is a mapping",
            "When present, 'metadata' must be a mapping from string keys to string values.");
    public static final Rule ALLOWED_TOOLS = Rule.of("skill-allowed-tools", ERROR,
            "allowed-tools is a string",
            "When present, 'allowed-tools' must be a space-separated string of tool names.");
    public static final Rule LICENSE = Rule.of("skill-license", ERROR,
            "license is a string",
            "When present, 'license' must be a string: a license name or the name of a bundled license file.");
    public static final Rule BODY_LENGTH = Rule.of("skill-body-length", WARNING,
            "body is at most 500 lines",
            "The specification recommends keeping SKILL.md under 500 lines and moving detail into referenced "
                    + "files, which agents load only when needed.");

    // Policies where the specification is silent: warnings, errors in strict mode.
    public static final Rule UNKNOWN_FIELD = Rule.policy("skill-unknown-field", WARNING,
            "only specified frontmatter fields",
            "The specification defines name, description, license, compatibility, metadata and allowed-tools. "
                    + "Other fields are client extensions or mistakes: allow known extensions by name with "
                    + "skills.allowed-fields, or move custom data under metadata.");
    public static final Rule METADATA_VALUES = Rule.policy("skill-metadata-values", WARNING,
            "metadata keys and values are strings",
            "The specification describes metadata as a map from strings to strings; numbers, booleans, lists and "
                    + "nested mappings are read differently by different clients. Quote the value.");
    public static final Rule ALLOWED_TOOLS_LIST = Rule.policy("skill-allowed-tools-list", WARNING,
            "allowed-tools is not a YAML list",
            "allowed-tools is specified as one space-separated string; some clients also accept a YAML list.")
            .fixable(Fixable.SAFE_AND_UNSAFE);
    public static final Rule BYTE_ORDER_MARK = Rule.policy("skill-bom", WARNING,
            "SKILL.md has no byte-order mark",
            "A UTF-8 byte-order mark before the opening '---' stops some clients from finding the frontmatter.");
    public static final Rule FILE_NAME_CASE = Rule.policy("skill-file-name", WARNING,
            "the file is named SKILL.md",
            "The specification names the file SKILL.md; a lowercase skill.md is found by some clients only.");
    public static final Rule COMPATIBILITY_EMPTY = Rule.policy("skill-compatibility-empty", WARNING,
            "compatibility is not empty",
            "An empty 'compatibility' says nothing; the specification wants 1-500 characters or no field.");

    public static final List<Rule> ALL = List.of(FRONTMATTER, YAML, FRONTMATTER_MAPPING, NAME_REQUIRED,
            NAME_LENGTH, NAME_CHARACTERS, NAME_HYPHENS, NAME_DIRECTORY, DESCRIPTION_REQUIRED, DESCRIPTION_LENGTH,
            COMPATIBILITY, METADATA, ALLOWED_TOOLS, LICENSE, BODY_LENGTH, UNKNOWN_FIELD, METADATA_VALUES,
            ALLOWED_TOOLS_LIST, BYTE_ORDER_MARK, FILE_NAME_CASE, COMPATIBILITY_EMPTY);

    private SkillRules() {
    }
}
