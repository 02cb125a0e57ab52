package dev.deploytrack.skills;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.Tool;
import java.util.List;
import java.util.Set;

/** Validates every skill of the repository. */
public final class SkillCheck implements Check {

    private final SkillValidator validator;

    public SkillCheck(SkillSettings settings) {
        this.validator = new SkillValidator(settings);
    }

    @Override
    public void run(CheckContext context) {
        for (SkillFile skill : context.agentFiles().skills()) {
            Set<Tool> readers = context.agentFiles().readers(skill);
            context.forEachText(List.of(skill.path()),
                    (path, text) -> validator.validate(skill, text, context.findings(), readers,
                            context.fixes()));
        }
    }
}
