package dev.deploytrack.skills;

import dev.deploytrack.discovery.Tool;
import dev.deploytrack.fix.Fix;
import dev.deploytrack.fix.Fixes;
import dev.deploytrack.frontmatter.FrontmatterDuplicateKey;
import dev.deploytrack.frontmatter.FrontmatterNotStrictYaml;
import dev.deploytrack.frontmatter.FrontmatterRead;
import dev.deploytrack.frontmatter.FrontmatterReader;
import dev.deploytrack.frontmatter.Reading;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Rule;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.YamlNodes;
import dev.deploytrack.yaml.YamlSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Validates one SKILL.md against every rule of the Agent Skills specification ({@link SkillRules}). Stateless apart
 * from its settings; safe to share between threads.
 */
public final class SkillValidator {

    /** The fields the specification defines, in its order. */
    public static final List<String> SPECIFIED_FIELDS =
            List.of("name", "description", "license", "compatibility", "metadata", "allowed-tools");

    /** Fields clients are known to read beyond the specification, and who reads them (for hints and docs). */
    public static final Map<String, String> KNOWN_EXTENSION_FIELDS = knownExtensions();

    /**
     * The fields Claude Code documents for a SKILL.md (skills, "Frontmatter reference"): not unknown in a skill that
     * Claude Code loads.
     */
    public static final Set<String> CLAUDE_CODE_FIELDS = Set.of("name", "description", "when_to_use",
            "argument-hint", "arguments", "disable-model-invocation", "user-invocable", "allowed-tools",
            "disallowed-tools", "model", "effort", "context", "agent", "background", "hooks", "paths", "shell",
            "metadata", "license", "compatibility");

    public static final int MAX_DESCRIPTION_LENGTH = 1024;
    public static final int MAX_COMPATIBILITY_LENGTH = 500;

    private final SkillSettings settings;
    private final Set<String> allowedFields;

    public SkillValidator(SkillSettings settings) {
        this.settings = settings;
        this.allowedFields = Set.copyOf(settings.allowedFields());
    }

    private static Map<String, String> knownExtensions() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("argument-hint", "Claude Code and VS Code");
        fields.put("disable-model-invocation", "Claude Code and VS Code");
        fields.put("user-invocable", "Claude Code");
        fields.put("user-invokable", "VS Code");
        fields.put("model", "Claude Code");
        fields.put("context", "Claude Code");
        fields.put("agent", "Claude Code");
        fields.put("hooks", "Claude Code");
        fields.put("version", "several skill registries");
        fields.put("author", "several skill registries");
        fields.put("tags", "several skill registries");
        return Map.copyOf(fields);
    }

    /**
     * Checks one skill and reports into {@code out}.
     *
     * @return what later checks need (name, description, body), or empty when the frontmatter could not be read
     */
    public Optional<SkillDocument> validate(SkillFile skill, SourceText source, FindingCollector out) {
        return validate(skill, source, out, Set.of());
    }

    /**
     * Checks one skill as the tools that load it read it ({@code readers}, from where it lives): a skill only
     * Claude Code loads is read with Claude Code's leniency (frontmatter its repair pass reads is a warning, not
     * invalid YAML) and its documented fields are not unknown to it.
     */
    public Optional<SkillDocument> validate(SkillFile skill, SourceText source, FindingCollector out,
                                            Set<Tool> readers) {
        return validate(skill, source, out, readers, null);
    }

    /** Checks one skill, and offers into {@code fixes} (when not null) the fixes for what it finds. */
    public Optional<SkillDocument> validate(SkillFile skill, SourceText source, FindingCollector out,
                                            Set<Tool> readers, Fixes fixes) {
        Checker checker = new Checker(skill, out, readers, fixes);
        return checker.run(source);
    }

    /** The state of checking one file: where to report, and the fields found. */
    private final class Checker {

        private final SkillFile skill;
        private final FindingCollector out;
        private final Reading reading;
        private final boolean claudeCode;
        private final Fixes fixes;
        private SourceText source;
        private FrontmatterRead read;

        Checker(SkillFile skill, FindingCollector out, Set<Tool> readers, Fixes fixes) {
            this.fixes = fixes;
            this.skill = skill;
            this.out = out;
            this.reading = Reading.forSkill(readers);
            this.claudeCode = readers.contains(Tool.CLAUDE_CODE);
        }

        Optional<SkillDocument> run(SourceText source) {
            String fileName = skill.path().substring(skill.path().lastIndexOf('/') + 1);
            if (skill.lowercaseFileName()) {
                report(SkillRules.FILE_NAME_CASE, 1, 1, "the skill file is named '" + fileName
                        + "'; the specification names it 'SKILL.md'", "rename it to SKILL.md");
            }
            // A UTF-16 file has a byte-order mark too: its encoding is what the file check reports.
            if (source.hasByteOrderMark() && StandardCharsets.UTF_8.equals(source.charset())) {
                report(SkillRules.BYTE_ORDER_MARK, 1, 1, "SKILL.md starts with a UTF-8 byte-order mark",
                        "save the file as UTF-8 without a byte-order mark");
            }
            FrontmatterRead read = FrontmatterReader.read(source, reading);
            this.source = source;
            this.read = read;
            Frontmatter frontmatter = read.frontmatter();
            switch (read.outcome()) {
                case MISSING -> {
                    report(SkillRules.FRONTMATTER, 1, 1, "SKILL.md must start with YAML frontmatter: a '---' line, "
                            + "then the fields, then a closing '---' line",
                            "start the file with a '---' line, 'name: " + directoryAsName()
                                    + "', 'description: <what it does and when to use it>' and a closing '---' line");
                    offer(SkillFixes.delimiter(skill, source, read, reading, allowedFields, fixes));
                    return Optional.empty();
                }
                case UNCLOSED -> {
                    report(SkillRules.FRONTMATTER, 1, 1, "the frontmatter opened on line 1 is never closed",
                            "add a line holding only '---' after the last field");
                    offer(SkillFixes.delimiter(skill, source, read, reading, allowedFields, fixes));
                    return Optional.empty();
                }
                case INVALID -> {
                    reportYamlError(read.strictError(), source);
                    offer(SkillFixes.quoteValues(SkillRules.YAML, skill, source, read, reading, fixes));
                    return Optional.empty();
                }
                case NOT_MAPPING -> {
                    Optional<Node> root = read.notMapping();
                    int line = root.map(node -> YamlNodes.line(node, 2)).orElse(1);
                    String kind = root.map(YamlNodes::describeKind).orElse("empty");
                    report(SkillRules.FRONTMATTER_MAPPING, line, 1, "the frontmatter must be a mapping of fields, but "
                            + "it is " + kind, "write one 'field: value' per line, starting with name and description");
                    return Optional.empty();
                }
                case REPAIRED -> {
                    out.add(FrontmatterNotStrictYaml.finding(skill.path(), source, read));
                    offer(SkillFixes.quoteValues(FrontmatterNotStrictYaml.RULE, skill, source, read, reading, fixes));
                }
                default -> {
                    // STRICT: go on
                }
            }
            for (Finding duplicate : FrontmatterDuplicateKey.findings(skill.path(), read)) {
                out.add(duplicate);
            }
            MappingNode mapping = read.mapping();
            Map<String, NodeTuple> fields = fields(mapping);
            String name = checkName(fields.get("name"));
            String description = checkDescription(fields.get("description"));
            checkCompatibility(fields.get("compatibility"));
            checkMetadata(fields.get("metadata"));
            checkAllowedTools(fields.get("allowed-tools"));
            checkLicense(fields.get("license"));
            checkBodyLength(frontmatter);
            NodeTuple nameTuple = fields.get("name");
            int nameLine = nameTuple == null ? 1 : YamlNodes.line(nameTuple.getValueNode(), 2);
            return Optional.of(new SkillDocument(skill.path(), name, nameLine, description, frontmatter.body(),
                    frontmatter.bodyStartLine()));
        }

        /** The top-level fields by name; reports fields the specification does not define. */
        private Map<String, NodeTuple> fields(MappingNode mapping) {
            Map<String, NodeTuple> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                String field = YamlNodes.isString(key) ? YamlNodes.scalarText(key) : null;
                if (field != null && SPECIFIED_FIELDS.contains(field)) {
                    fields.put(field, tuple); // of a key written twice, the last (Claude Code's reading)
                } else if (field == null || !(allowedFields.contains(field)
                        || (claudeCode && CLAUDE_CODE_FIELDS.contains(field)))) {
                    reportUnknownField(key, field);
                }
            }
            return fields;
        }

        private void reportUnknownField(Node key, String field) {
            String shown = field != null ? field : String.valueOf(YamlNodes.scalarText(key));
            String client = field == null ? null : KNOWN_EXTENSION_FIELDS.get(field);
            String hint = client != null
                    ? "'" + field + "' is an extension read by " + client + ": allow it with "
                            + "skills.allowed-fields in deploytrack.yml, or leave it out of portable skills"
                    : "move it under metadata, or allow it by name with skills.allowed-fields in deploytrack.yml";
            report(SkillRules.UNKNOWN_FIELD, YamlNodes.line(key, 2), YamlNodes.column(key),
                    "unknown frontmatter field '" + shown + "'; the specification defines "
                            + String.join(", ", SPECIFIED_FIELDS), hint);
        }

        private String checkName(NodeTuple tuple) {
            if (tuple == null) {
                report(SkillRules.NAME_REQUIRED, 1, 1, "the required field 'name' is missing",
                        "add 'name: " + directoryAsName() + "' to the frontmatter");
                return "";
            }
            Node value = tuple.getValueNode();
            int line = YamlNodes.line(value, 2);
            int column = YamlNodes.column(value);
            if (!YamlNodes.isString(value) || SkillNames.strip(YamlNodes.scalarText(value)).isEmpty()) {
                String kind = YamlNodes.isString(value) ? "blank" : YamlNodes.describeKind(value);
                report(SkillRules.NAME_REQUIRED, line, column, "'name' must be a non-empty string, but it is " + kind,
                        "write the skill's name: name: " + directoryAsName());
                return "";
            }
            String raw = YamlNodes.scalarText(value);
            String name = SkillNames.normalize(raw);
            int length = SkillNames.length(name);
            if (length > SkillNames.MAX_NAME_LENGTH) {
                report(SkillRules.NAME_LENGTH, line, column, "skill name is " + length + " characters long; at most "
                        + SkillNames.MAX_NAME_LENGTH + " are allowed", null);
            }
            boolean valid = checkNameCharacters(name, line, column);
            if (!valid) {
                offerName(SkillRules.NAME_CHARACTERS, value, name);
            }
            if (name.startsWith("-") || name.endsWith("-")) {
                report(SkillRules.NAME_HYPHENS, line, column, "skill name '" + name
                        + "' must not start or end with a hyphen", "use '" + validName(name) + "'");
                offerName(SkillRules.NAME_HYPHENS, value, name);
                valid = false;
            } else if (name.contains("--")) {
                report(SkillRules.NAME_HYPHENS, line, column, "skill name '" + name
                        + "' must not contain consecutive hyphens", "use '" + validName(name) + "'");
                offerName(SkillRules.NAME_HYPHENS, value, name);
                valid = false;
            }
            String directory = SkillNames.normalizeDirectory(skill.directoryName());
            // One cause, one finding: an invalid name is reported above, with a hint that also matches the
            // directory when the directory's name is valid; only a valid name is compared with its directory.
            if (valid && length <= SkillNames.MAX_NAME_LENGTH && !directory.equals(name)) {
                report(SkillRules.NAME_DIRECTORY, line, column, "skill name '" + name + "' does not match its directory '"
                        + skill.directoryName() + "'", isValidName(directory)
                        ? "change the name to '" + directory + "', or rename the directory to '" + name + "'"
                        : "rename the directory to '" + name + "' ('" + skill.directoryName()
                                + "' is not a valid skill name)");
                if (fixes != null) {
                    offer(isValidName(directory)
                            ? SkillFixes.name(SkillRules.NAME_DIRECTORY, skill, source, read, value, directory, true)
                            : SkillFixes.renameDirectory(skill, name));
                }
            }
            return SkillNames.strip(raw);
        }

        /**
         * Reports uppercase letters and characters outside letters, digits and hyphens as one finding, whose hint is
         * a name every name rule accepts (the directory's name when that is valid and means the same).
         *
         * @return whether the characters are valid
         */
        private boolean checkNameCharacters(String name, int line, int column) {
            Set<String> invalid = new LinkedHashSet<>();
            Set<String> nonAscii = new LinkedHashSet<>();
            name.codePoints().forEach(cp -> {
                if (cp != '-' && !SkillNames.isAlphanumeric(cp)) {
                    invalid.add(new String(Character.toChars(cp)));
                } else if (settings.asciiNames() && !SkillNames.isAsciiNameCharacter(cp)
                        && !Character.isUpperCase(cp)) {
                    nonAscii.add(new String(Character.toChars(cp)));
                }
            });
            boolean uppercase = SkillNames.hasUppercase(name);
            if (uppercase || !invalid.isEmpty()) {
                String problem = uppercase && !invalid.isEmpty() ? "must be lowercase and contains "
                        + quoteAll(invalid) : uppercase ? "must be lowercase" : "contains " + quoteAll(invalid);
                report(SkillRules.NAME_CHARACTERS, line, column, "skill name '" + name + "' " + problem
                        + "; only lowercase letters, digits and hyphens are allowed", "use '" + validName(name)
                        + "'");
                return false;
            }
            if (!nonAscii.isEmpty()) {
                report(SkillRules.NAME_CHARACTERS, line, column, "skill name '" + name + "' contains non-ASCII "
                        + quoteAll(nonAscii) + "; skills.ascii-names allows only a-z, 0-9 and hyphens", null);
                return false;
            }
            return true;
        }

        /**
         * The fix of an invalid name: the directory's name when that is valid (safe when it is the name kebab-cased,
         * since skill-name-directory wants it anyway), else the name kebab-cased (unsafe: the directory still differs).
         */
        private void offerName(Rule rule, Node value, String name) {
            if (fixes == null || !out.policy().isEnabled(rule)) {
                return;
            }
            String directory = SkillNames.normalizeDirectory(skill.directoryName());
            String repaired = suggestName(name);
            boolean directoryValid = isValidName(directory);
            String target = directoryValid ? directory : repaired;
            if (!target.isEmpty() && isValidName(target)) {
                offer(SkillFixes.name(rule, skill, source, read, value, target,
                        directoryValid && directory.equals(repaired)));
            }
        }

        private void offer(Fix fix) {
            if (fixes != null && fix != null && out.policy().isEnabled(fix.rule())) {
                fixes.offer(fix);
            }
        }

        /** A name that passes every name rule: the directory's name if it is one and fits, else the name repaired. */
        private String validName(String name) {
            String directory = SkillNames.normalizeDirectory(skill.directoryName());
            String repaired = suggestName(name);
            if (isValidName(directory) && (directory.equals(repaired) || repaired.isEmpty())) {
                return directory;
            }
            return repaired.isEmpty() ? (isValidName(directory) ? directory : "my-skill") : repaired;
        }

        /** The directory's name if it is a valid skill name, else a valid name made from it. */
        private String directoryAsName() {
            String directory = SkillNames.normalizeDirectory(skill.directoryName());
            if (isValidName(directory)) {
                return directory;
            }
            String repaired = suggestName(directory);
            return repaired.isEmpty() ? "my-skill" : repaired;
        }

        private boolean isValidName(String candidate) {
            if (candidate.isEmpty() || SkillNames.length(candidate) > SkillNames.MAX_NAME_LENGTH
                    || SkillNames.hasUppercase(candidate) || candidate.startsWith("-") || candidate.endsWith("-")
                    || candidate.contains("--")) {
                return false;
            }
            return candidate.codePoints().allMatch(cp -> cp == '-' || (SkillNames.isAlphanumeric(cp)
                    && (!settings.asciiNames() || SkillNames.isAsciiNameCharacter(cp))));
        }

        private String checkDescription(NodeTuple tuple) {
            if (tuple == null) {
                report(SkillRules.DESCRIPTION_REQUIRED, 1, 1, "the required field 'description' is missing",
                        "add 'description:' saying what the skill does and when to use it");
                return "";
            }
            Node value = tuple.getValueNode();
            int line = YamlNodes.line(value, 2);
            int column = YamlNodes.column(value);
            if (!YamlNodes.isString(value) || SkillNames.strip(YamlNodes.scalarText(value)).isEmpty()) {
                String kind = YamlNodes.isString(value) ? "blank" : YamlNodes.describeKind(value);
                report(SkillRules.DESCRIPTION_REQUIRED, line, column, "'description' must be a non-empty string, but it "
                        + "is " + kind, "say what the skill does and when to use it; quote the text if it starts "
                        + "with a special character");
                return "";
            }
            String description = YamlNodes.scalarText(value);
            int length = SkillNames.length(description);
            if (length > MAX_DESCRIPTION_LENGTH) {
                report(SkillRules.DESCRIPTION_LENGTH, line, column, "description is " + length
                        + " characters long; at most " + MAX_DESCRIPTION_LENGTH + " are allowed",
                        "move detail into the body, which is loaded only when the skill triggers");
            }
            return description;
        }

        private void checkCompatibility(NodeTuple tuple) {
            if (tuple == null) {
                return;
            }
            Node value = tuple.getValueNode();
            int line = YamlNodes.line(value, 2);
            int column = YamlNodes.column(value);
            if (!YamlNodes.isString(value)) {
                report(SkillRules.COMPATIBILITY, line, column, "'compatibility' must be a string, but it is "
                        + YamlNodes.describeKind(value), "quote the value, or remove the field");
                return;
            }
            String compatibility = YamlNodes.scalarText(value);
            int length = SkillNames.length(compatibility);
            if (SkillNames.strip(compatibility).isEmpty()) {
                report(SkillRules.COMPATIBILITY_EMPTY, line, column, "'compatibility' is empty",
                        "state the requirements, or remove the field");
            } else if (length > MAX_COMPATIBILITY_LENGTH) {
                report(SkillRules.COMPATIBILITY, line, column, "compatibility is " + length
                        + " characters long; at most " + MAX_COMPATIBILITY_LENGTH + " are allowed", null);
            }
        }

        private void checkMetadata(NodeTuple tuple) {
            if (tuple == null) {
                return;
            }
            Node value = tuple.getValueNode();
            if (!(value instanceof MappingNode mapping)) {
                report(SkillRules.METADATA, YamlNodes.line(value, 2), YamlNodes.column(value),
                        "'metadata' must be a mapping of string keys to string values, but it is "
                                + YamlNodes.describeKind(value), "write one 'key: \"value\"' per indented line");
                return;
            }
            for (NodeTuple entry : mapping.getValue()) {
                Node key = entry.getKeyNode();
                Node entryValue = entry.getValueNode();
                String keyText = String.valueOf(YamlNodes.scalarText(key));
                if (!YamlNodes.isString(key)) {
                    report(SkillRules.METADATA_VALUES, YamlNodes.line(key, 2), YamlNodes.column(key),
                            "metadata key '" + keyText + "' is " + YamlNodes.describeKind(key) + ", not a string",
                            "quote the key");
                }
                if (!YamlNodes.isString(entryValue)) {
                    String quoted = YamlNodes.scalarText(entryValue);
                    report(SkillRules.METADATA_VALUES, YamlNodes.line(entryValue, 2), YamlNodes.column(entryValue),
                            "metadata value of '" + keyText + "' is " + YamlNodes.describeKind(entryValue)
                                    + ", not a string", quoted == null ? "write the value as one string"
                                    : "quote it: " + keyText + ": \"" + quoted + "\"");
                }
            }
        }

        private void checkAllowedTools(NodeTuple tuple) {
            if (tuple == null) {
                return;
            }
            Node value = tuple.getValueNode();
            int line = YamlNodes.line(value, 2);
            int column = YamlNodes.column(value);
            if (YamlNodes.isString(value)) {
                return;
            }
            if (value instanceof SequenceNode sequence) {
                List<String> tools = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    if (!YamlNodes.isString(item)) {
                        report(SkillRules.ALLOWED_TOOLS, YamlNodes.line(item, 2), YamlNodes.column(item),
                                "allowed-tools entries must be strings, but this one is "
                                        + YamlNodes.describeKind(item), null);
                        return;
                    }
                    tools.add(YamlNodes.scalarText(item));
                }
                report(SkillRules.ALLOWED_TOOLS_LIST, line, column, "'allowed-tools' is a YAML list; the "
                        + "specification wants one space-separated string",
                        "write: allowed-tools: " + String.join(" ", tools));
                if (fixes != null) {
                    offer(SkillFixes.allowedToolsString(skill, source, read, tuple, tools));
                }
                return;
            }
            report(SkillRules.ALLOWED_TOOLS, line, column, "'allowed-tools' must be a space-separated string, but it is "
                    + YamlNodes.describeKind(value), "e.g. allowed-tools: Read Grep Bash(git:*)");
        }

        private void checkLicense(NodeTuple tuple) {
            if (tuple == null || YamlNodes.isString(tuple.getValueNode())) {
                return;
            }
            Node value = tuple.getValueNode();
            report(SkillRules.LICENSE, YamlNodes.line(value, 2), YamlNodes.column(value),
                    "'license' must be a string, but it is " + YamlNodes.describeKind(value),
                    "quote the value, e.g. license: \"Apache-2.0\"");
        }

        private void checkBodyLength(Frontmatter frontmatter) {
            String body = frontmatter.body();
            int lines = body.isEmpty() ? 0 : (int) body.lines().count();
            int max = settings.maxBodyLines();
            if (lines > max) {
                report(SkillRules.BODY_LENGTH, frontmatter.bodyStartLine() + max, 1, "the body is " + lines
                        + " lines long; the specification recommends at most " + max,
                        "move reference material into files under references/ and link them from SKILL.md");
            }
        }

        private void reportYamlError(YamlSyntaxException e, SourceText source) {
            String hint = null;
            String lineText = lineText(source.text(), e.line());
            if (e.problem().contains("mapping values are not allowed")) {
                int colon = lineText.indexOf(':');
                String key = colon > 0 ? lineText.substring(0, colon).strip() : "the value";
                hint = "the value of '" + key + "' contains ': '; put the whole value in quotes, e.g. " + key
                        + ": \"" + (colon > 0 ? lineText.substring(colon + 1).strip().replace("\"", "\\\"") : "...")
                        + "\"";
            } else if (lineText.strip().startsWith("\t") || lineText.startsWith("\t")) {
                hint = "YAML does not allow tabs for indentation; indent with spaces";
            }
            report(SkillRules.YAML, e.line(), e.column(), "invalid YAML in frontmatter: " + e.problem(), hint);
        }

        private void report(Rule rule, int line, int column, String message, String hint) {
            out.add(Finding.of(rule, skill.path(), line, column, message).withHint(hint));
        }
    }

    private static String lineText(String text, int line) {
        return text.lines().skip(Math.max(0, line - 1)).findFirst().orElse("");
    }

    private static String quoteAll(Set<String> characters) {
        return characters.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
    }

    private static String suggestName(String name) {
        StringBuilder suggestion = new StringBuilder();
        name.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> suggestion.appendCodePoint(
                cp == '-' || SkillNames.isAlphanumeric(cp) ? cp : '-'));
        String repaired = suggestion.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return SkillNames.length(repaired) <= SkillNames.MAX_NAME_LENGTH ? repaired
                : repaired.substring(0, repaired.offsetByCodePoints(0, SkillNames.MAX_NAME_LENGTH))
                        .replaceAll("-$", "");
    }
}
