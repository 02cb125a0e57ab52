package dev.deploytrack.git;

import java.util.List;

/**
 * The staged paths as the launcher hands them over on standard input: the output of
 * {@code git diff-index --cached --name-only -z}, then an empty record and git's exit status, so that a failed git is
 * never mistaken for an empty commit: {@code path\0path\0\0<status>}.
 */
public final class StagedPathList {

    private StagedPathList() {
    }

    public static List<String> parse(byte[] input) throws GitException {
        List<String> records = Git.splitNul(input);
        int separator = records.lastIndexOf("");
        if (separator < 0 || separator != records.size() - 2) {
            throw new GitException("the staged path list from the launcher is incomplete; run 'deploytrack "
                    + "pre-commit' through bin/deploytrack or without --staged-paths");
        }
        String status = records.get(records.size() - 1).strip();
        if (!status.equals("0")) {
            throw new GitException("git diff-index failed (exit status " + status + ") in the launcher");
        }
        return List.copyOf(records.subList(0, separator));
    }
}
