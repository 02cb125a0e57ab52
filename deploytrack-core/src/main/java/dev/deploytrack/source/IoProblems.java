package dev.deploytrack.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An I/O failure in plain words ("permission denied", "no space left on the device"), never a Java class name or a
 * path the message already names: what {@code java.io.IOException: Is a directory} means to the person reading it.
 */
public final class IoProblems {

    private IoProblems() {
    }

    /** What went wrong, without the file (the caller's message names it). */
    public static String describe(IOException e) {
        if (e instanceof InputFileException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the directory is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic links form a loop";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return "an input/output error";
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "no space left on the device";
        }
        if (lower.contains("file too large")) {
            return "the file would exceed the size limit for files (ulimit -f)";
        }
        if (lower.contains("is a directory")) {
            return "it is a directory, not a file";
        }
        if (lower.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (lower.contains("disk quota")) {
            return "the disk quota is exceeded";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "permission denied";
        }
        if (lower.contains("too many open files")) {
            return "too many open files";
        }
        return reason;
    }

    /** What a person can do about it, or {@code null} when there is nothing general to say. */
    public static String hint(IOException e) {
        String problem = describe(e);
        return switch (problem) {
            case "permission denied" -> "check the permissions of the file and its directory";
            case "no space left on the device", "the disk quota is exceeded" -> "free some space and run again";
            case "the file system is read-only" -> "run where the repository is writable";
            case "the file would exceed the size limit for files (ulimit -f)" -> "raise the limit (ulimit -f)";
            default -> null;
        };
    }
}
