package dev.deploytrack.registry;

import dev.deploytrack.report.PrintedText;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the registry accepts as a deployment's {@code git_commit}: a commit id, 7 to 40 hexadecimal characters (an
 * abbreviated or full SHA-1 id) or 64 (SHA-256). Checked once, where a commit enters the registry (a request that
 * records one is refused otherwise) and where a registry is read (a file or a database row that holds anything
 * else is an invalid record, never passed on). Commands hand recorded commits to git; this is why nothing else,
 * say {@code --output=FILE}, can reach it from a registry anyone with write access may edit. The places that hand
 * a commit to git still check it as well.
 */
public final class CommitId {

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{7,40}|[0-9a-fA-F]{64}");
    private static final String WHAT = "a commit id is 7 to 40 hexadecimal characters (64 in a SHA-256 repository)";

    private CommitId() {
    }

    /** Whether {@code value} is a commit id the registry keeps. */
    public static boolean isValid(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /**
     * The commit a request records: {@code null} or blank when it names none, else the id without surrounding
     * spaces.
     *
     * @throws InvalidRequestException when it is not a commit id; nothing is written
     */
    static String requested(String value) throws InvalidRequestException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!isValid(id)) {
            throw new InvalidRequestException(Message.of("the git commit '" + shown(id) + "' is not a commit id: "
                    + WHAT + "; give the commit deployed as git prints it (", Message.option(Setting.GIT_COMMIT,
                    "SHA"), ", e.g. the output of git rev-parse HEAD)"));
        }
        return id;
    }

    /**
     * Checks every commit a registry holds, as read from its file or database: the agents' {@code git_commit} in
     * each project and each history entry's.
     *
     * @param displayName how messages name the registry
     * @param fix         what to do about a bad one in this backend (and that nothing was written)
     * @throws RegistryException naming the first bad one, with its line and column when the reader knows them
     */
    static void checkRecorded(Registry registry, String displayName, String fix) throws RegistryException {
        List<ProjectEntry> projects = registry.projects();
        for (ProjectEntry project : projects) {
            for (AgentDeployment agent : project.agents()) {
                if (agent.gitCommit() != null && !isValid(agent.gitCommit())) {
                    throw invalid(agent, "the agent " + agent.id() + " of project '" + project.name() + "' in "
                            + agent.environment(), agent.gitCommit(), displayName, fix);
                }
            }
        }
        for (HistoryEntry entry : registry.history()) {
            if (entry.gitCommit() != null && !isValid(entry.gitCommit())) {
                throw invalid(entry, "the history entry of " + entry.timestamp() + " for project '" + entry.project()
                        + "'", entry.gitCommit(), displayName, fix);
            }
        }
    }

    private static RegistryException invalid(ExtraFields at, String where, String commit, String displayName,
                                             String fix) {
        String message = where + " has git_commit '" + shown(commit) + "', which is not a commit id: " + WHAT;
        return at.line() > 0 ? new RegistryException(displayName, at.line(), at.column(), message, fix)
                : new RegistryException(displayName, message, fix);
    }

    /** A value as a message may quote it: one line, not too long. */
    private static String shown(String value) {
        String line = PrintedText.escapeControls(value);
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }
}
