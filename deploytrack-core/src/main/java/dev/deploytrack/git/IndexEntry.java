package dev.deploytrack.git;

/**
 * One entry of the git index.
 *
 * @param path     path relative to the repository root, {@code /}-separated
 * @param mode     git's octal mode: {@code 100644}, {@code 100755}, {@code 120000} (symlink), {@code 160000} (gitlink)
 * @param objectId the blob's id, lower-case hex
 * @param stage    0, or 1-3 for the sides of a merge conflict
 */
record IndexEntry(String path, int mode, String objectId, int stage) {

    static final int REGULAR = 0100644;
    static final int EXECUTABLE = 0100755;

    /** A file with content to check: not a symlink, not a submodule, not part of a conflict. */
    boolean isCheckableFile() {
        return stage == 0 && (mode == REGULAR || mode == EXECUTABLE);
    }
}
