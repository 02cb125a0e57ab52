package dev.deploytrack.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void patternWithoutSlashMatchesTheFileNameAtAnyDepth() {
        Glob glob = Glob.of("AGENTS.md");
        assertTrue(glob.matches("AGENTS.md"));
        assertTrue(glob.matches("services/api/AGENTS.md"));
        assertFalse(glob.matches("AGENTS.md.bak"));
        assertFalse(glob.matches("NOT-AGENTS.md"));
    }

    @Test
    void patternWithSlashIsAnchoredAtTheRoot() {
        Glob glob = Glob.of("docs/*.md");
        assertTrue(glob.matches("docs/a.md"));
        assertFalse(glob.matches("docs/sub/a.md"));
        assertFalse(glob.matches("x/docs/a.md"));
        assertTrue(Glob.of("/CLAUDE.md").matches("CLAUDE.md"));
        assertFalse(Glob.of("/CLAUDE.md").matches("a/CLAUDE.md"));
    }

    @Test
    void doubleStarSpansDirectoriesIncludingNone() {
        Glob glob = Glob.of("**/SKILL.md");
        assertTrue(glob.matches("SKILL.md"));
        assertTrue(glob.matches(".claude/skills/pdf/SKILL.md"));
        assertTrue(Glob.of("skills/**/*.md").matches("skills/a/b/c.md"));
        assertTrue(Glob.of("skills/**/*.md").matches("skills/c.md"));
    }

    @Test
    void directoryPatternMatchesEverythingBelow() {
        assertTrue(Glob.of("vendor").matches("vendor/a/b.md"));
        assertTrue(Glob.of("vendor/").matches("vendor/a.md"));
        assertTrue(Glob.of("build/**").matches("build/x"));
        assertFalse(Glob.of("vendor").matches("vendors/a.md"));
    }

    @Test
    void questionMarkClassesAndBraces() {
        assertTrue(Glob.of("file?.txt").matches("file1.txt"));
        assertFalse(Glob.of("file?.txt").matches("file/.txt"));
        assertTrue(Glob.of("*.{yml,yaml}").matches("a/b.yaml"));
        assertTrue(Glob.of("[ab].md").matches("a.md"));
        assertFalse(Glob.of("[!ab].md").matches("a.md"));
        assertTrue(Glob.of("a+b(c).md").matches("a+b(c).md"));
    }
}
