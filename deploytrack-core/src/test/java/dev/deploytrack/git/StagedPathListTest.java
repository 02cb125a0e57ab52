package dev.deploytrack.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagedPathListTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pathsThenTheStatusOfGit() throws GitException {
        assertEquals(List.of("a b.md", "ü/SKILL.md"), StagedPathList.parse(bytes("a b.md\0ü/SKILL.md\0\0" + "0")));
        assertEquals(List.of(), StagedPathList.parse(bytes("\0" + "0")));
    }

    @Test
    void aFailedGitIsNeverAnEmptyCommit() {
        GitException e = assertThrows(GitException.class, () -> StagedPathList.parse(bytes("\0" + "128")));
        assertTrue(e.getMessage().contains("exit status 128"), e.getMessage());
    }

    @Test
    void aTruncatedListIsRefused() {
        assertThrows(GitException.class, () -> StagedPathList.parse(bytes("a.md\0b.md\0")));
        assertThrows(GitException.class, () -> StagedPathList.parse(new byte[0]));
    }
}
