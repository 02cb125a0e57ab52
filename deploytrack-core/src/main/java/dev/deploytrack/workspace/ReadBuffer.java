package dev.deploytrack.workspace;

/**
 * A byte buffer one thread reuses to read many files ({@link Workspace#read(String, ReadBuffer)}), so that a scan
 * of a large tree allocates no array per file: the heap stays small without any JVM option. Not thread-safe.
 */
public final class ReadBuffer {

    /**
     * Larger buffers are dropped after use, so one huge file does not pin its size for the rest of the run; up to
     * this size (that of the scanner's default file-size limit and more) a buffer is kept for the next file.
     */
    private static final int KEEP = 16 << 20;

    private byte[] bytes = new byte[64 * 1024];
    private int length;

    /** The content read last; valid in {@code [0, length())}. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    /** An array of at least {@code capacity} bytes to read into (the old content is not kept). */
    public byte[] capacity(int capacity) {
        if (bytes.length < capacity) {
            bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8L, Math.max(capacity, bytes.length * 2L))];
        }
        return bytes;
    }

    /** Sets the content: the first {@code length} bytes of {@code content} (which becomes the buffer). */
    public void set(byte[] content, int length) {
        this.bytes = content;
        this.length = length;
    }

    /** Gives back memory held for an exceptionally large file. */
    public void release() {
        if (bytes.length > KEEP) {
            bytes = new byte[64 * 1024];
            length = 0;
        }
    }
}
