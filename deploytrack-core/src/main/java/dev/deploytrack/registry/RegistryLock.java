package dev.deploytrack.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to one registry: a lock within this JVM (file locks are held per process, so two threads would
 * otherwise both get in) and an operating-system lock on {@code registry.json.lock} against other processes, which
 * the system releases if the holder dies. The lock file is never deleted: deleting it would let two writers lock two
 * different files.
 */
public final class RegistryLock implements AutoCloseable {

    public static final String LOCK_SUFFIX = ".lock";

    /** Another writer held the lock for the whole wait. */
    public static final class TimeoutException extends IOException {

        private static final long serialVersionUID = 1L;

        TimeoutException(String message) {
            super(message);
        }
    }

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private RegistryLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Waits for the lock on {@code registry} (up to {@code timeoutMillis}).
     *
     * @param key the registry's canonical path, the same for every caller in this JVM
     * @throws IOException when the lock file cannot be created or the wait times out
     */
    public static RegistryLock acquire(Path key, long timeoutMillis) throws IOException {
        ReentrantLock created = new ReentrantLock();
        ReentrantLock existing = IN_PROCESS.putIfAbsent(key, created);
        ReentrantLock threadLock = existing != null ? existing : created;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            if (!threadLock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new TimeoutException("another writer in this process held the lock on the registry for "
                        + timeoutMillis / 1000 + " seconds");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the registry lock", e);
        }
        FileChannel channel = null;
        try {
            Path lockFile = key.resolveSibling(key.getFileName() + LOCK_SUFFIX);
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock = waitForFileLock(channel, deadline, lockFile);
            return new RegistryLock(threadLock, channel, fileLock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            threadLock.unlock();
            throw e;
        }
    }

    /** Polls with a growing pause: {@link FileChannel#lock()} cannot time out, and a hung holder must not hang CI. */
    private static FileLock waitForFileLock(FileChannel channel, long deadline, Path lockFile) throws IOException {
        long pauseMillis = 1;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("another deploytrack process held the lock on the registry ("
                        + lockFile.getFileName() + ") for the whole wait; it is writing the registry, or hangs");
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + lockFile, e);
            }
            pauseMillis = Math.min(pauseMillis * 2, 50);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
            channel.close();
        } finally {
            threadLock.unlock();
        }
    }
}
