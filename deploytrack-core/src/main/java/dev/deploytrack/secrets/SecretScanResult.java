package dev.deploytrack.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of scanning a workspace: the matches in path order, and what was scanned, skipped or failed.
 */
public final class SecretScanResult {

    /** A file that was not scanned, and why (too large), or could not be read. */
    public record Skipped(String path, String reason) {
    }

    private final List<SecretMatch> matches;
    private final List<String> scannedFiles;
    private final List<Skipped> tooLarge;
    private final List<Skipped> failed;
    private final int binaryFiles;
    private final long bytes;

    private SecretScanResult(List<SecretMatch> matches, List<String> scannedFiles, List<Skipped> tooLarge,
                             List<Skipped> failed, int binaryFiles, long bytes) {
        this.matches = List.copyOf(matches);
        this.scannedFiles = List.copyOf(scannedFiles);
        this.tooLarge = List.copyOf(tooLarge);
        this.failed = List.copyOf(failed);
        this.binaryFiles = binaryFiles;
        this.bytes = bytes;
    }

    static SecretScanResult of(List<SecretScanner.FileResult> results) {
        List<SecretMatch> matches = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        List<Skipped> tooLarge = new ArrayList<>();
        List<Skipped> failed = new ArrayList<>();
        int binary = 0;
        long bytes = 0;
        for (SecretScanner.FileResult result : results) {
            if (result.scanned()) {
                scanned.add(result.path());
                matches.addAll(result.matches());
                bytes += result.bytes();
            } else if (result.binary()) {
                binary++;
            } else if (result.error() != null) {
                failed.add(new Skipped(result.path(), result.error()));
            } else {
                tooLarge.add(new Skipped(result.path(), result.skipReason()));
            }
        }
        return new SecretScanResult(matches, scanned, tooLarge, failed, binary, bytes);
    }

    /** Every secret found, by path then position. */
    public List<SecretMatch> matches() {
        return matches;
    }

    public List<String> scannedFiles() {
        return scannedFiles;
    }

    /** Files over the size limit, not scanned. */
    public List<Skipped> tooLarge() {
        return tooLarge;
    }

    /** Files that could not be read or scanned. */
    public List<Skipped> failed() {
        return failed;
    }

    public int binaryFiles() {
        return binaryFiles;
    }

    /** Bytes of the files scanned. */
    public long bytes() {
        return bytes;
    }
}
