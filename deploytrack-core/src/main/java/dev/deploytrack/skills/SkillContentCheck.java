package dev.deploytrack.skills;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.frontmatter.FrontmatterRead;
import dev.deploytrack.frontmatter.FrontmatterReader;
import dev.deploytrack.frontmatter.Reading;
import dev.deploytrack.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the rules about a skill as a whole ({@link SkillContent}): its references, its directory, its name among the
 * other skills. Skills whose frontmatter cannot be read are left to the skill check's finding.
 */
final class SkillContentCheck implements Check {

    private final List<FileRule<SkillContent>> rules;

    SkillContentCheck(List<FileRule<SkillContent>> rules) {
        this.rules = rules;
    }

    @Override
    public void run(CheckContext context) {
        List<SkillFile> skills = context.agentFiles().skills();
        if (skills.isEmpty()) {
            return;
        }
        List<String> files = context.workspace().files();
        SkillIndex index = new SkillIndex(files);
        List<SkillContent> contents = new ArrayList<>();
        for (SkillFile skill : skills) {
            Optional<SourceText> text = context.text(skill.path());
            if (text.isEmpty()) {
                continue;
            }
            FrontmatterRead read = FrontmatterReader.read(text.get(),
                    Reading.forSkill(context.agentFiles().readers(skill)));
            if (!read.hasFields()) {
                continue;
            }
            String name = read.string("name");
            if (name != null && !name.isBlank()) {
                index.addName(SkillScopes.scope(skill.path()), name.strip(), skill.path());
            }
            String directory = skill.path().contains("/") ? skill.path().substring(0, skill.path().lastIndexOf('/'))
                    : "";
            contents.add(new SkillContent(skill, text.get(), read, directory, filesUnder(files, directory), index));
        }
        for (SkillContent content : contents) {
            if (context.workspace().inScope(content.skill().path())) {
                try {
                    FileRule.runAll(rules, content, context);
                } catch (RuntimeException e) {
                    context.reportInternalError(content.skill().path(), e);
                }
            }
        }
    }

    private static List<String> filesUnder(List<String> files, String directory) {
        if (directory.isEmpty()) {
            return files;
        }
        String prefix = directory + "/";
        List<String> under = new ArrayList<>();
        for (String file : files) {
            if (file.startsWith(prefix)) {
                under.add(file);
            }
        }
        return under;
    }
}
