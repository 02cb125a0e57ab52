package dev.deploytrack.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads the git index file ({@code DIRC}, versions 2, 3 and 4) without starting git: the pre-commit hook lists every
 * tracked file this way. Returns empty for what it does not handle (a split index, a sparse index, an unknown
 * version, SHA-256 object names, anything malformed), and the caller asks {@code git ls-files} instead.
 */
final class IndexFile {

    private static final int SIGNATURE = 0x44495243; // "DIRC"
    private static final int HASH_LENGTH = 20;
    private static final int FIXED_ENTRY_LENGTH = 62; // stat data (40) + object id (20) + flags (2)
    private static final int EXTENDED_FLAG = 0x4000;
    private static final int NAME_MASK = 0x0fff;
    private static final int DIRECTORY_MODE = 040000;

    private IndexFile() {
    }

    static Optional<List<IndexEntry>> read(Path index) {
        try {
            return parse(ByteBuffer.wrap(Files.readAllBytes(index)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<List<IndexEntry>> parse(ByteBuffer index) {
        if (index.remaining() < 12 || index.getInt() != SIGNATURE) {
            return Optional.empty();
        }
        int version = index.getInt();
        if (version < 2 || version > 4) {
            return Optional.empty();
        }
        int count = index.getInt();
        List<IndexEntry> entries = new ArrayList<>(Math.max(0, Math.min(count, 1 << 20)));
        byte[] previousPath = new byte[0];
        HexFormat hex = HexFormat.of();
        byte[] objectId = new byte[HASH_LENGTH];
        for (int i = 0; i < count; i++) {
            int start = index.position();
            index.position(start + 24);
            int mode = index.getInt();
            index.position(start + 40);
            index.get(objectId);
            int flags = index.getShort() & 0xffff;
            int entryLength = FIXED_ENTRY_LENGTH;
            if ((flags & EXTENDED_FLAG) != 0) {
                if (version < 3) {
                    return Optional.empty();
                }
                index.getShort();
                entryLength += 2;
            }
            byte[] path;
            if (version == 4) {
                int strip = (int) readOffset(index);
                int end = indexOfNul(index);
                byte[] suffix = new byte[end - index.position()];
                index.get(suffix);
                index.get(); // the NUL
                int keep = previousPath.length - strip;
                if (keep < 0) {
                    return Optional.empty();
                }
                path = new byte[keep + suffix.length];
                System.arraycopy(previousPath, 0, path, 0, keep);
                System.arraycopy(suffix, 0, path, keep, suffix.length);
            } else {
                int nameLength = flags & NAME_MASK;
                int end = nameLength < NAME_MASK ? index.position() + nameLength : indexOfNul(index);
                path = new byte[end - index.position()];
                index.get(path);
                // v2/v3 entries are NUL-padded to a multiple of 8 bytes (at least one NUL).
                int padded = (entryLength + path.length + 8) & ~7;
                index.position(start + padded);
            }
            if (mode == DIRECTORY_MODE) {
                return Optional.empty(); // a sparse index: directories stand for files it does not list
            }
            previousPath = path;
            int stage = (flags >> 12) & 3;
            entries.add(new IndexEntry(new String(path, StandardCharsets.UTF_8), mode, hex.formatHex(objectId),
                    stage));
        }
        while (index.remaining() > HASH_LENGTH) {
            byte[] signature = new byte[4];
            index.get(signature);
            int size = index.getInt();
            if (new String(signature, StandardCharsets.US_ASCII).equals("link")) {
                return Optional.empty(); // a split index keeps most entries in a shared index file
            }
            index.position(index.position() + size);
        }
        return Optional.of(entries);
    }

    /** Git's offset encoding (index v4 prefix compression). */
    private static long readOffset(ByteBuffer buffer) {
        int b = buffer.get() & 0xff;
        long value = b & 0x7f;
        while ((b & 0x80) != 0) {
            b = buffer.get() & 0xff;
            value = ((value + 1) << 7) | (b & 0x7f);
        }
        return value;
    }

    private static int indexOfNul(ByteBuffer buffer) {
        for (int i = buffer.position(); i < buffer.limit(); i++) {
            if (buffer.get(i) == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unterminated path in the index");
    }
}
