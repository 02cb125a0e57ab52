package dev.deploytrack.claude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Report;
import dev.deploytrack.validate.TempRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ':*' inside a Bash pattern: one rule class, the same verdict and words in allowed-tools and in permissions. */
class BashColonStarTest {

    @TempDir
    Path dir;

    @Test
    void aPatternGetsTheSameFindingInAllowedToolsAndInPermissions() {
        Report report = new TempRepo(dir)
                .write(".claude/skills/release/SKILL.md", "---\nname: release\ndescription: Releases.\n"
                        + "allowed-tools: Bash(git:* push) Bash(npm test:*)\n---\nRelease.\n")
                .write(".claude/settings.json", "{\"permissions\": {\"allow\": [\"Bash(git:* push)\", "
                        + "\"Bash(npm test:*)\"]}}\n")
                .validate();
        List<Finding> skill = report.findings().stream()
                .filter(f -> f.ruleId().equals("claude-skill-bash-colon-star")).toList();
        List<Finding> settings = report.findings().stream()
                .filter(f -> f.ruleId().equals("claude-permission-colon-star")).toList();
        assertEquals(1, skill.size(), report.findings().toString());
        assertEquals(1, settings.size(), report.findings().toString());
        assertEquals(skill.get(0).message(), settings.get(0).message());
        assertEquals(skill.get(0).hint(), settings.get(0).hint());
        assertEquals("in 'Bash(git:* push)' the ':*' is not at the end, so its colon is matched literally",
                settings.get(0).message());
    }

    @Test
    void bothPlacesAreTheOneRuleClass() {
        assertSame(BashColonStar.inAllowedTools().getClass(), BashColonStar.inPermissions().getClass());
        assertEquals(List.of("claude-skill-bash-colon-star", "claude-permission-colon-star"),
                List.of(BashColonStar.inAllowedTools().rule().id(), BashColonStar.inPermissions().rule().id()));
    }
}
