package dev.deploytrack.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Installs and removes deploytrack's git pre-commit hook. The hooks directory comes from git itself
 * ({@code git rev-parse --git-path hooks}), so {@code core.hooksPath}, worktrees and submodules are respected. A hook
 * deploytrack did not write is never overwritten without {@code force} (and then kept as a backup); with
 * {@code chain} it is kept and run before deploytrack. Uninstall removes only deploytrack's own hook and puts a
 * chained hook back.
 */
public final class HookInstaller {

    /** Marks a hook file as deploytrack's. */
    public static final String MARKER = "# deploytrack-hook: pre-commit";

    static final String HOOK = "pre-commit";
    static final String CHAINED = "pre-commit.deploytrack-chained";
    static final String BACKUP = "pre-commit.deploytrack-backup";

    private final Path hooks;

    private HookInstaller(Path hooks) {
        this.hooks = hooks;
    }

    /** The installer for the repository containing {@code directory}. */
    public static HookInstaller forRepository(Path directory) throws GitException {
        Git git = new Git(directory);
        Path hooks = directory.resolve(git.line("rev-parse", "--git-path", "hooks")).normalize();
        return new HookInstaller(hooks);
    }

    public Path hooksDirectory() {
        return hooks;
    }

    public Path hookFile() {
        return hooks.resolve(HOOK);
    }

    /** What an install or uninstall did. */
    public enum Status {
        /** The hook was written or removed. */
        CHANGED,
        /** There was nothing to do. */
        UNCHANGED,
        /** A hook deploytrack did not write is in the way and was left alone. */
        REFUSED
    }

    /** What an install or uninstall did, and the words for the user. */
    public record Outcome(Status status, String message) {
    }

    /**
     * Writes the pre-commit hook.
     *
     * @param launcher the command the hook runs (the launcher script, absolute)
     * @param jar      the jar the launcher runs, or {@code null} to let the launcher find it
     * @param force    replace a hook deploytrack did not write (it is kept as {@value #BACKUP})
     * @param chain    keep such a hook and run it before deploytrack
     */
    public Outcome install(Path launcher, Path jar, boolean force, boolean chain) throws IOException {
        Path hook = hookFile();
        String chainedLine = "";
        if (Files.exists(hook, LinkOption.NOFOLLOW_LINKS) && !isOurs(hook)) {
            if (chain) {
                Files.move(hook, hooks.resolve(CHAINED), StandardCopyOption.REPLACE_EXISTING);
            } else if (force) {
                Files.move(hook, hooks.resolve(BACKUP), StandardCopyOption.REPLACE_EXISTING);
            } else {
                return new Outcome(Status.REFUSED, "a pre-commit hook that deploytrack did not write exists at " + hook
                        + "; run install --chain to keep it and run it before deploytrack, or --force to replace it "
                        + "(it is kept as " + BACKUP + ")");
            }
        }
        if (Files.exists(hooks.resolve(CHAINED))) {
            chainedLine = "\"$(dirname \"$0\")/" + CHAINED + "\" \"$@\" || exit $?\n";
        }
        Files.createDirectories(hooks);
        String script = "#!/bin/sh\n"
                + MARKER + "\n"
                + "# Installed by 'java -jar deploytrack.jar install'; removed by 'java -jar deploytrack.jar uninstall'.\n"
                + "# Checks the staged agent configuration; bypass once with 'git commit --no-verify' or DEPLOYTRACK_SKIP=1.\n"
                + chainedLine
                + (jar == null ? "" : "DEPLOYTRACK_JAR=" + shellQuote(jar.toString()) + "\nexport DEPLOYTRACK_JAR\n")
                + "exec " + shellQuote(launcher.toString()) + " pre-commit\n";
        Path temporary = Files.createTempFile(hooks, ".pre-commit", ".tmp");
        Files.writeString(temporary, script, StandardCharsets.UTF_8);
        makeExecutable(temporary);
        Files.move(temporary, hook, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Outcome(Status.CHANGED, "installed the deploytrack pre-commit hook at " + hook
                + (chainedLine.isEmpty() ? "" : " (your previous hook runs first: " + CHAINED + ")"));
    }

    /** Removes deploytrack's hook (and restores a chained one); leaves any other hook alone. */
    public Outcome uninstall() throws IOException {
        Path hook = hookFile();
        if (!Files.exists(hook, LinkOption.NOFOLLOW_LINKS)) {
            return new Outcome(Status.UNCHANGED, "no pre-commit hook is installed at " + hook);
        }
        if (!isOurs(hook)) {
            return new Outcome(Status.REFUSED, "the pre-commit hook at " + hook + " was not written by deploytrack; left alone");
        }
        Path chained = hooks.resolve(CHAINED);
        if (Files.exists(chained)) {
            Files.move(chained, hook, StandardCopyOption.REPLACE_EXISTING);
            return new Outcome(Status.CHANGED, "removed deploytrack from " + hook + "; your previous hook is back in place");
        }
        Files.delete(hook);
        return new Outcome(Status.CHANGED, "removed the deploytrack pre-commit hook from " + hook);
    }

    static boolean isOurs(Path hook) throws IOException {
        if (Files.isSymbolicLink(hook) || !Files.isRegularFile(hook)) {
            return false;
        }
        byte[] head = Files.readAllBytes(hook);
        return new String(head, 0, Math.min(head.length, 512), StandardCharsets.UTF_8).contains(MARKER);
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            permissions.add(PosixFilePermission.GROUP_EXECUTE);
            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
            permissions.add(PosixFilePermission.OWNER_READ);
            permissions.add(PosixFilePermission.GROUP_READ);
            permissions.add(PosixFilePermission.OTHERS_READ);
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException e) {
            // Windows: git runs hooks through its own sh, no execute bit needed
        }
    }

    /** Single-quotes a string for sh. */
    static String shellQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
