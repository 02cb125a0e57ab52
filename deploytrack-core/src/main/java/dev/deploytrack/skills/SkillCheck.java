package dev.deploytrack.skills;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import java.util.List;

/** Validates every skill of the repository. */
public final class SkillCheck implements Check {

    private final SkillValidator validator;

    public SkillCheck(SkillSettings settings) {
        this.validator = new SkillValidator(settings);
    }

    @Override
    public void run(CheckContext context) {
        for (SkillFile skill : context.agentFiles().skills()) {
            context.forEachText(List.of(skill.path()),
                    (path, text) -> validator.validate(skill, text, context.findings()));
        }
    }
}
