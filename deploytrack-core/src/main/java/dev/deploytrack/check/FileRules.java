package dev.deploytrack.check;

import static dev.deploytrack.report.Severity.ERROR;
import static dev.deploytrack.report.Severity.NOTE;
import static dev.deploytrack.report.Severity.WARNING;

import dev.deploytrack.report.Rule;
import java.util.List;

/** Rules about reading files at all, shared by every check. */
public final class FileRules {

    public static final Rule TOO_LARGE = Rule.of("file-too-large", WARNING,
            "file is within the size limit",
            "Files larger than max-file-size (deploytrack.yml) are not checked. Agent configuration that large is "
                    + "almost certainly a mistake; raise the limit if it is not.");
    public static final Rule UNREADABLE = Rule.of("file-unreadable", ERROR,
            "file can be read",
            "The file exists but could not be read (permissions, a file removed during the run).");
    public static final Rule BINARY = Rule.of("file-binary", ERROR,
            "agent configuration is text",
            "An agent configuration file holds binary content (more than an occasional NUL byte, or NULs with other "
                    + "control bytes), so no agent can read it as text. A stray NUL in a text file is not binary.");
    public static final Rule ENCODING = Rule.of("file-encoding", WARNING,
            "file is valid UTF-8",
            "The file is not UTF-8: it is encoded as UTF-16, or it holds bytes that are not valid UTF-8, which were "
                    + "read as U+FFFD (agents see them so as well).");
    public static final Rule SKIPPED = Rule.of("file-skipped", NOTE,
            "file was skipped",
            "A file was left out of the run: a symlink pointing outside the repository (never followed), or a "
                    + "named pipe, socket or device (never read).");
    public static final Rule INTERNAL_ERROR = Rule.of("internal-error", ERROR,
            "deploytrack checked the file",
            "deploytrack failed while checking this file. The other files were still checked. Please report it "
                    + "with the message.");

    public static final List<Rule> ALL = List.of(TOO_LARGE, UNREADABLE, BINARY, ENCODING, SKIPPED, INTERNAL_ERROR);

    private FileRules() {
    }
}
