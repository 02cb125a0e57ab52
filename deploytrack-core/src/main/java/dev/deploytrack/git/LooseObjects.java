package dev.deploytrack.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** The blob's content, or {@code null} when it is not a readable loose blob. */
    byte[] blob(String objectId) {
        Path file = objects.resolve(objectId.substring(0, 2)).resolve(objectId.substring(2));
        byte[] compressed;
        try {
            compressed = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, compressed.length * 3));
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            byte[] raw = out.toByteArray();
            int nul = 0;
            while (nul < raw.length && raw[nul] != 0) {
                nul++;
            }
            String header = new String(raw, 0, nul, StandardCharsets.US_ASCII);
            if (nul == raw.length || !header.startsWith("blob ")) {
                return null;
            }
            long size = Long.parseLong(header.substring(5));
            if (size != raw.length - nul - 1) {
                return null;
            }
            byte[] content = new byte[(int) size];
            System.arraycopy(raw, nul + 1, content, 0, content.length);
            return content;
        } catch (DataFormatException | NumberFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
