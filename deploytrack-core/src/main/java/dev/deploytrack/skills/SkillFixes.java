package dev.deploytrack.skills;

import dev.deploytrack.fix.Fix;
import dev.deploytrack.fix.Fixes;
import dev.deploytrack.frontmatter.FrontmatterFixes;
import dev.deploytrack.frontmatter.FrontmatterNotStrictYaml;
import dev.deploytrack.frontmatter.FrontmatterRead;
import dev.deploytrack.frontmatter.Reading;
import dev.deploytrack.report.Rule;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.yaml.YamlNodes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The fixes of the skill rules ({@link SkillRules}), built only by {@code validate --fix} from the positions the
 * validator found the problem at. Loaded by no other run.
 */
final class SkillFixes {

    private SkillFixes() {
    }

    /** Opens or closes the frontmatter, where the fields show where it is ({@code skill-frontmatter}). */
    static Fix delimiter(SkillFile skill, SourceText source, FrontmatterRead read, Reading reading,
                         Set<String> allowedFields, Fixes fixes) {
        if (fixes == null) {
            return null;
        }
        Set<String> known = new HashSet<>(SkillValidator.SPECIFIED_FIELDS);
        known.addAll(SkillValidator.CLAUDE_CODE_FIELDS);
        known.addAll(SkillValidator.KNOWN_EXTENSION_FIELDS.keySet());
        known.addAll(allowedFields);
        return read.outcome() == FrontmatterRead.Outcome.MISSING
                ? FrontmatterFixes.open(SkillRules.FRONTMATTER, skill.path(), source, known, reading)
                : FrontmatterFixes.close(SkillRules.FRONTMATTER, skill.path(), source, known, reading);
    }

    /**
     * Quotes the values strict YAML misreads ({@code skill-yaml} for a skill strict readers load,
     * {@code frontmatter-not-strict-yaml} for one only Claude Code loads).
     */
    static Fix quoteValues(Rule rule, SkillFile skill, SourceText source, FrontmatterRead read, Reading reading,
                           Fixes fixes) {
        if (fixes == null) {
            return null;
        }
        boolean lenient = reading == Reading.CLAUDE_CODE || rule == FrontmatterNotStrictYaml.RULE;
        return FrontmatterFixes.quoteValues(rule, skill.path(), source, read, lenient);
    }

    /** Sets the {@code name} field to {@code target}, a valid skill name. */
    static Fix name(Rule rule, SkillFile skill, SourceText source, FrontmatterRead read, Node value, String target,
                    boolean safe) {
        String description = "set the name to '" + target + "'";
        Fix plain = FrontmatterFixes.replaceValue(rule, skill.path(), source, read, "name", value, target, safe,
                description, node -> target.equals(YamlNodes.scalarText(node)) && YamlNodes.isString(node));
        if (plain != null) {
            return plain;
        }
        // e.g. a name of digits only, which YAML reads as a number unless it is quoted
        return FrontmatterFixes.replaceValue(rule, skill.path(), source, read, "name", value,
                FrontmatterFixes.quote(target), safe, description,
                node -> target.equals(YamlNodes.scalarText(node)) && YamlNodes.isString(node));
    }

    /** Renames the skill's directory to its (valid) name: unsafe, since anything naming the directory breaks. */
    static Fix renameDirectory(SkillFile skill, String name) {
        int slash = skill.path().lastIndexOf('/');
        if (slash < 0 || name.contains("/")) {
            return null; // a skill file named on its own: its directory is not in the repository's tree
        }
        String directory = skill.path().substring(0, slash);
        int parentEnd = directory.lastIndexOf('/');
        String renamed = parentEnd < 0 ? name : directory.substring(0, parentEnd + 1) + name;
        return Fix.rename(SkillRules.NAME_DIRECTORY, skill.path(), 1, "rename the directory '" + directory
                + "' to '" + renamed + "'", directory, renamed);
    }

    /**
     * {@code allowed-tools} as the space-separated string the specification wants. Safe when every tool is one word
     * and no comment sits between the entries (it would be lost); unsafe otherwise (a tool with spaces, such as
     * {@code Bash(git add *)}, reads as two to a reader that splits on spaces).
     */
    static Fix allowedToolsString(SkillFile skill, SourceText source, FrontmatterRead read, NodeTuple tuple,
                                  List<String> tools) {
        if (!(tuple.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            return null;
        }
        String joined = String.join(" ", tools);
        boolean safe = tools.stream().noneMatch(tool -> tool.isEmpty() || tool.chars().anyMatch(Character::isWhitespace));
        int[] span;
        String prefix;
        if (sequence.getFlowStyle() == FlowStyle.FLOW) {
            span = FrontmatterFixes.span(source, read, sequence);
            prefix = "";
        } else {
            // A block list starts on the line after the key: replace from just after the key's ':' to the last item.
            int[] key = FrontmatterFixes.span(source, read, tuple.getKeyNode());
            int[] last = FrontmatterFixes.span(source, read, sequence.getValue().get(sequence.getValue().size() - 1));
            if (key == null || last == null) {
                return null;
            }
            int colon = source.text().indexOf(':', key[1]);
            if (colon < 0 || colon >= last[0] || !source.text().substring(key[1], colon).isBlank()) {
                return null;
            }
            span = new int[] {colon + 1, last[1]};
            prefix = " ";
        }
        if (span == null) {
            return null;
        }
        if (hasComment(source.text(), span, sequence, source, read)) {
            safe = false; // the comments would be lost
        }
        String description = "write allowed-tools as the string '" + joined + "'";
        Fix plain = FrontmatterFixes.replace(SkillRules.ALLOWED_TOOLS_LIST, skill.path(), source, read,
                "allowed-tools", span, prefix + joined, safe, description,
                node -> YamlNodes.isString(node) && joined.equals(YamlNodes.scalarText(node)));
        return plain != null ? plain : FrontmatterFixes.replace(SkillRules.ALLOWED_TOOLS_LIST, skill.path(), source,
                read, "allowed-tools", span, prefix + FrontmatterFixes.quote(joined), safe, description,
                node -> YamlNodes.isString(node) && joined.equals(YamlNodes.scalarText(node)));
    }

    /** Whether a {@code #} comment sits in the span outside the list's items. */
    private static boolean hasComment(String text, int[] span, SequenceNode sequence, SourceText source,
                                      FrontmatterRead read) {
        StringBuilder outside = new StringBuilder(text.substring(span[0], span[1]));
        for (Node item : sequence.getValue()) {
            int[] itemSpan = FrontmatterFixes.span(source, read, item);
            if (itemSpan == null) {
                return true;
            }
            for (int i = Math.max(itemSpan[0], span[0]); i < Math.min(itemSpan[1], span[1]); i++) {
                outside.setCharAt(i - span[0], ' ');
            }
        }
        return outside.indexOf("#") >= 0;
    }
}
