package dev.deploytrack.usage.ingest;

import dev.deploytrack.source.IoProblems;
import dev.deploytrack.usage.UsageRecord;
import dev.deploytrack.usage.store.UsageStore;
import dev.deploytrack.usage.store.UsageStoreException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code usage ingest PATH...}: finds the usage files under the paths, recognises each one's format, reads them as
 * streams, merges the observations of one call (a Claude Code response's several lines) and appends the records to
 * the store in batches, between files. Memory holds at most four batches ({@value #BATCH} calls each), whatever the
 * size of the input.
 */
public final class UsageIngest {

    /** Calls merged in memory before they are appended to the store. */
    static final int BATCH = 25_000;

    private final UsageStore store;
    private final UsageFormat forced;
    private final IngestProgress progress;
    private final int batchSize;

    /**
     * @param forced   read every file in this format, or {@code null} to recognise each file
     * @param progress told how far the ingest is
     */
    public UsageIngest(UsageStore store, UsageFormat forced, IngestProgress progress) {
        this(store, forced, progress, BATCH);
    }

    UsageIngest(UsageStore store, UsageFormat forced, IngestProgress progress, int batchSize) {
        this.store = store;
        this.forced = forced;
        this.progress = progress;
        this.batchSize = batchSize;
    }

    /**
     * What an ingest did.
     *
     * @param files    files read, by format
     * @param bytes    bytes read
     * @param read     records read (before observations of one call were merged)
     * @param appended what the store took
     * @param ignored  files in no known format, by name
     */
    public record Result(Map<UsageFormat, Integer> files, long bytes, long read, UsageStore.Appended appended,
                         List<String> ignored, IngestProblems problems) {
    }

    /** A path that cannot be read at all (it does not exist): nothing was ingested. */
    public static final class InputException extends Exception {

        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    public Result ingest(List<Path> paths) throws IOException, UsageStoreException, InputException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new InputException(path + " does not exist");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) { // links are not followed into other trees
                    walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && candidate(file))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else { // a device or a pipe (/dev/zero, a FIFO) would be read forever
                throw new InputException(path + " is not a regular file or a directory; nothing was ingested");
            }
        }
        long sizes = 0;
        for (Path file : files) {
            sizes += Files.size(file);
        }
        long total = sizes;
        try (UsageStore.Appender appender = store.appender()) {
            return ingest(paths, files, total, appender);
        }
    }

    private Result ingest(List<Path> paths, List<Path> files, long total, UsageStore.Appender appender)
            throws IOException, UsageStoreException {
        Batch batch = new Batch(appender);
        Map<UsageFormat, Integer> counted = new EnumMap<>(UsageFormat.class);
        List<String> ignored = new ArrayList<>();
        IngestProblems problems = new IngestProblems();
        long[] done = {0};
        long[] read = {0};
        for (Path file : files) {
            String name = display(paths, file);
            Optional<UsageFormat> format = forced != null ? Optional.of(forced) : sniff(file);
            if (format.isEmpty()) {
                ignored.add(name);
                done[0] += Files.size(file);
                continue;
            }
            counted.merge(format.get(), 1, Integer::sum);
            long before = done[0];
            try (InputStream in = new Counting(Files.newInputStream(file), bytes -> {
                done[0] = before + bytes;
                progress.update(done[0], Math.max(total, done[0]), read[0]);
            })) {
                format.get().reader().read(in, name, file.toAbsolutePath().toString().replace('\\', '/'),
                        record -> {
                            read[0]++;
                            batch.add(record);
                        }, problems);
            } catch (IOException e) {
                if (e instanceof BatchFailure failure) {
                    throw failure.cause;
                }
                throw new IOException("cannot read " + name + ": " + IoProblems.describe(e), e);
            }
            if (batch.size() >= batchSize) {
                try {
                    batch.flush();
                } catch (BatchFailure failure) {
                    throw failure.cause;
                }
            }
        }
        try {
            batch.flush();
        } catch (BatchFailure failure) {
            throw failure.cause;
        }
        UsageStore.Appended appended = appender.finish();
        progress.finish(done[0], read[0]);
        return new Result(counted, done[0], read[0], appended, ignored, problems);
    }

    private static boolean candidate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".csv");
    }

    private static Optional<UsageFormat> sniff(Path file) throws IOException {
        byte[] head = new byte[64 << 10];
        int length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while (length < head.length && (read = in.read(head, length, head.length - length)) > 0) {
                length += read;
            }
        }
        return UsageFormat.sniff(file.getFileName().toString(), head, length);
    }

    private static String display(List<Path> roots, Path file) {
        for (Path root : roots) {
            if (Files.isDirectory(root) && file.startsWith(root)) {
                Path parent = root.getFileName() == null ? root : root.getFileName();
                return parent.resolve(root.relativize(file)).toString().replace('\\', '/');
            }
        }
        return file.toString().replace('\\', '/');
    }

    /** Observations merged per call, appended to the store when the batch is full. */
    private final class Batch {
        private final Map<String, UsageRecord> calls = new LinkedHashMap<>();
        private final UsageStore.Appender appender;

        Batch(UsageStore.Appender appender) {
            this.appender = appender;
        }

        /**
         * Merges a record in. The batch goes to the store between files, or in the middle of a file with more calls
         * than four batches, which bounds memory (the store merges the lines of a response split there).
         */
        void add(UsageRecord record) throws BatchFailure {
            UsageRecord safe = redacted(record);
            calls.merge(safe.identity(), safe, UsageRecord::preferred);
            if (calls.size() >= 4 * batchSize) {
                flush();
            }
        }

        int size() {
            return calls.size();
        }

        /** Texts seen in this batch, redacted: working directories, sessions and models repeat in every record. */
        private final Map<String, String> redactions = new java.util.HashMap<>();

        /**
         * The record with every text it stores passed through deploytrack's secret redaction, so that a secret in
         * a log (a working directory, a tag, a metadata value) is never written to the store in full.
         */
        private UsageRecord redacted(UsageRecord record) {
            java.util.TreeMap<String, String> metadata = new java.util.TreeMap<>();
            record.metadata().forEach((key, value) -> metadata.put(redact(key), redact(value)));
            List<String> tags = new ArrayList<>();
            for (String tag : record.tags()) {
                tags.add(redact(tag));
            }
            return new UsageRecord(record.source(), redact(record.key()), record.time(), redact(record.model()),
                    redact(record.provider()), record.tokens(), record.calls(), record.costUsd(), record.reported(),
                    redact(record.session()), redact(record.cwd()), redact(record.project()), tags, metadata);
        }

        private String redact(String text) {
            if (text == null) {
                return null;
            }
            if (redactions.size() > 100_000) {
                redactions.clear();
            }
            return redactions.computeIfAbsent(text, dev.deploytrack.secrets.SecretRedaction::redact);
        }

        void flush() throws BatchFailure {
            if (calls.isEmpty()) {
                return;
            }
            try {
                appender.add(calls.values());
            } catch (UsageStoreException e) {
                throw new BatchFailure(e);
            }
            calls.clear();
            redactions.clear();
        }
    }

    /** Carries a store failure through a reader (whose sink may only throw I/O exceptions). */
    private static final class BatchFailure extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient UsageStoreException cause;

        BatchFailure(UsageStoreException cause) {
            super(cause.getMessage());
            this.cause = cause;
        }
    }

    /** Counts bytes read, telling the progress every 256 KiB. */
    private static final class Counting extends FilterInputStream {

        interface Listener {
            void read(long bytes);
        }

        private final Listener listener;
        private long count;
        private long reported;

        Counting(InputStream in, Listener listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                advance(read);
            }
            return read;
        }

        private void advance(long bytes) {
            count += bytes;
            if (count - reported >= (256 << 10)) {
                reported = count;
                listener.read(count);
            }
        }

        @Override
        public void close() throws IOException {
            listener.read(count);
            super.close();
        }
    }
}
