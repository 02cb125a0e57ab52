package dev.deploytrack.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files so that a reader, or a process that dies half way, only ever sees the old file or the new one: the
 * content goes to a temporary file in the same directory, is flushed to disk, and is renamed over the target in one
 * atomic step; then the directory entry is flushed too. It becomes visible under the target's name only once it is
 * complete.
 */
public final class AtomicFiles {

    /** Temporary files are named {@code .<target>.<random>.tmp}, so stale ones can be recognised and removed. */
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Writes content into an open file. */
    public interface Content {
        void writeTo(FileChannel channel) throws IOException;

        /** {@code bytes[0, length)}. */
        public static Content of(byte[] bytes, int length) {
            return new Content() { // not a lambda: see RegistryStore
                @Override
                public void writeTo(FileChannel channel) throws IOException {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
            };
        }
    }

    /** Writes {@code bytes[0, length)} to {@code target} atomically, creating the parent directories. */
    public static void write(Path target, byte[] bytes, int length) throws IOException {
        Path temp = writeTemp(target, Content.of(bytes, length));
        try {
            commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The first step: the content, flushed to disk, in a new temporary sibling of {@code target}. */
    public static Path writeTemp(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = temporary(parent, target);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.writeTo(channel);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Copies {@code file} to {@code target} atomically, as an independent file (not a link). */
    static void copy(Path file, Path target) throws IOException {
        Path temp = writeTemp(target, channel -> {
            try (FileChannel source = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = source.size();
                for (long done = 0; done < size; ) {
                    done += source.transferTo(done, size - done, channel);
                }
            }
        });
        try {
            commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The second step: renames the temporary file over {@code target} and flushes the directory. */
    public static void commit(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Keeps the current {@code file} as {@code backup}, replacing an older backup atomically. A hard link costs
     * nothing whatever the file's size; where links are not supported, the file is copied.
     */
    static void keepBackup(Path file, Path backup) throws IOException {
        Path parent = backup.toAbsolutePath().getParent();
        Path temp = temporary(parent, backup);
        try {
            try {
                Files.createLink(temp, file);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            Files.move(temp, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * {@code .<name>.<random>.tmp} next to {@code target}. Not {@link java.util.UUID}: seeding its secure random
     * generator takes a fresh JVM over 10 ms, and a name only has to differ from a stale one, which every write
     * removes first, or from another writer's, which the lock keeps out ({@code CREATE_NEW} refuses a clash).
     */
    private static Path temporary(Path parent, Path target) {
        long random = ThreadLocalRandom.current().nextLong() ^ System.nanoTime();
        return parent.resolve("." + target.getFileName() + "." + Long.toHexString(random) + TEMP_SUFFIX);
    }

    /** Removes temporary files a killed writer left next to {@code target}; call only while holding its lock. */
    public static void removeStaleTemporaries(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /** Makes a rename durable. Not every platform can open a directory (Windows cannot); there it is skipped. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename itself is atomic; only its durability across a power cut is left to the file system.
        }
    }
}
