package dev.deploytrack.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads blobs stored as loose objects ({@code objects/ab/cdef...}, zlib-compressed {@code blob <size>\0<content>}),
 * which is where {@code git add} puts what it stages. Anything else (packed objects, alternates) is left to
 * {@code git cat-file}: this returns {@code null} for it.
 */
final class LooseObjects {

    private final Path objects;

    LooseObjects(Path objects) {
        this.objects = objects;
    }

    /**
     * The blob's size, and its content when that is at most {@code maxBytes}; {@code null} when it is not a readable
     * loose blob. Only the header is inflated for a larger blob: a staged file of gigabytes of zeros is a few
     * megabytes compressed, and must not be inflated to find out that it is too large.
     */
    CatFile.Blob blob(String objectId, long maxBytes) {
        Path file = objects.resolve(objectId.substring(0, 2)).resolve(objectId.substring(2));
        byte[] compressed;
        try {
            compressed = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] head = new byte[64];
            int headLength = inflate(inflater, head, 0, head.length);
            int nul = 0;
            while (nul < headLength && head[nul] != 0) {
                nul++;
            }
            String header = new String(head, 0, nul, StandardCharsets.US_ASCII);
            // "blob <size>"; more than 18 digits would overflow, and no blob is that large
            if (nul == headLength || !header.startsWith("blob ") || header.length() > 5 + 18
                    || !header.substring(5).chars().allMatch(c -> c >= '0' && c <= '9') || header.length() == 5) {
                return null;
            }
            long size = Long.parseLong(header.substring(5));
            if (size > maxBytes || size > Integer.MAX_VALUE - 16) {
                return new CatFile.Blob(size, null);
            }
            byte[] content = new byte[(int) size];
            int inHead = Math.min(headLength - nul - 1, content.length);
            System.arraycopy(head, nul + 1, content, 0, inHead);
            if (headLength - nul - 1 > content.length) {
                return null; // more content than the header says
            }
            int read = inHead + inflate(inflater, content, inHead, content.length - inHead);
            if (read != size || !inflater.finished() && inflate(inflater, new byte[1], 0, 1) > 0) {
                return null;
            }
            return new CatFile.Blob(size, content);
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** Inflates into {@code out[offset, offset + length)} as far as the input goes; the number of bytes written. */
    private static int inflate(Inflater inflater, byte[] out, int offset, int length) throws DataFormatException {
        int written = 0;
        while (written < length && !inflater.finished()) {
            int n = inflater.inflate(out, offset + written, length - written);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                break;
            }
            written += n;
        }
        return written;
    }
}
