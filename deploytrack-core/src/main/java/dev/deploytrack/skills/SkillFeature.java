package dev.deploytrack.skills;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Agent Skills: the specification's rules and deploytrack's policies ({@code skills:} in deploytrack.yml). */
public final class SkillFeature implements Feature {

    public static final Section<SkillSettings> SETTINGS =
            Section.of("skills", SkillSettings.defaults(), SkillSettings::bind);

    /** The rules about a skill as a whole, beyond its frontmatter (one class each). */
    static final List<FileRule<SkillContent>> CONTENT_RULES = List.of(new SkillReferenceMissing(),
            new SkillReferenceDepth(), new SkillWindowsPath(), new SkillDirectorySize(), new SkillNameDuplicate(),
            new SkillNameReservedWord(), new SkillDescriptionXml());

    @Override
    public String name() {
        return "Agent Skills";
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(SkillRules.ALL);
        rules.addAll(FileRule.rulesOf(CONTENT_RULES));
        return rules;
    }

    @Override
    public List<Section<?>> sections() {
        return List.of(SETTINGS);
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new SkillCheck(settings.get(SETTINGS)), new SkillContentCheck(CONTENT_RULES));
    }

    @Override
    public Map<String, String> sample() {
        return Map.of(
                ".claude/skills/pdf/SKILL.md", "---\nname: pdf\ndescription: Reads PDFs. Use for PDFs.\n"
                        + "metadata:\n  version: \"1\"\n---\n# PDF\n"
                        // A body over 5,000 bytes, so the token budget's vocabulary-free bound runs too.
                        + "Extract the text of each page, then the tables, then fill the form fields.\n".repeat(80),
                ".claude/skills/bad/SKILL.md", "---\nname: Bad_Name\ndescription: a: b\n---\n");
    }

    @Override
    public String sampleSettings() {
        return "skills:\n  allowed-fields: [argument-hint]\n";
    }
}
