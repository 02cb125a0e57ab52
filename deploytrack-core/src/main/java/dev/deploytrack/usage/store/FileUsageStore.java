package dev.deploytrack.usage.store;

import dev.deploytrack.registry.AtomicFiles;
import dev.deploytrack.registry.RegistryLock;
import dev.deploytrack.source.InputFileException;
import dev.deploytrack.source.InputFiles;
import dev.deploytrack.source.IoProblems;
import dev.deploytrack.usage.Period;
import dev.deploytrack.usage.UsageJson;
import dev.deploytrack.usage.UsageRecord;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The file backend: usage beside the registry file, in {@code usage/} next to {@code registry.json}, one file per
 * UTC day ({@code usage/2026/11/2026-11-03.jsonl}) holding that day's records as {@link UsageJson} lines, sorted and
 * without repeats. So a file is a function of the records it holds: the same logs ingested on two machines, twice or
 * in another order give the same bytes, and two machines' files merge in git without conflict when they agree.
 *
 * <p>An ingest spills its batches as sorted runs, then, under the registry's kind of lock ({@code usage/usage.lock}:
 * an operating-system lock that dies with its holder), merges each day's runs into that day's file in one pass: the
 * file and the runs are read as streams and the merged file written to a temporary file that is flushed and renamed
 * over it. A writer killed half way leaves each day either as it was or complete, and the next append finishes the
 * rest; a day file that cannot be read is refused, never overwritten. Memory holds one batch, not the files.
 *
 * <p>Alerts that fired are kept in {@code usage/alerts.jsonl}, rewritten the same way under the same lock.
 */
public final class FileUsageStore implements UsageStore {

    /** How long an append waits for another writer. */
    private static final long LOCK_TIMEOUT_MILLIS = 300_000;
    private static final String LINE_START = "{\"source\":\"";
    private static final String IDENTITY_END = "\",\"time\":\"";

    private final Path root;
    private final Path directory;
    private final String displayName;

    /**
     * @param directory   the usage directory ({@code usage/} beside the registry file)
     * @param displayName how messages name it
     */
    public FileUsageStore(Path directory, String displayName) {
        this(null, directory, displayName);
    }

    /**
     * A usage directory inside the repository {@code root} ({@code null}: one named explicitly): it is never read
     * or written through a symbolic link that leaves the repository.
     */
    public FileUsageStore(Path root, Path directory, String displayName) {
        this.root = root;
        this.directory = directory.toAbsolutePath().normalize();
        this.displayName = displayName;
    }

    /** Refuses a usage directory that leads outside the repository through a symbolic link. */
    private void requireInside() throws UsageStoreException {
        requireInside(directory.resolve("usage.lock"));
    }

    /**
     * Refuses a file of the store whose directories lead outside the repository through a symbolic link: the year
     * and month directories below the usage directory are checked as well as the usage directory itself.
     */
    private void requireInside(Path file) throws UsageStoreException {
        try {
            InputFiles.requireInside(root, file, displayName, "the usage store");
        } catch (InputFileException e) {
            throw new UsageStoreException(displayName, e.getMessage(), e.hint());
        }
    }

    /** The usage directory beside a registry file. */
    public static Path besideRegistry(Path registryFile) {
        return registryFile.toAbsolutePath().normalize().resolveSibling("usage");
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Path directory() {
        return directory;
    }

    /** The file of one day. */
    Path dayFile(LocalDate day) {
        return directory.resolve(String.format("%04d", day.getYear()))
                .resolve(String.format("%02d", day.getMonthValue())).resolve(day + ".jsonl");
    }

    @Override
    public Appended append(Collection<UsageRecord> records) throws UsageStoreException {
        try (Appender appender = appender()) {
            appender.add(records);
            return appender.finish();
        }
    }

    /**
     * An ingest's appender: each batch is sorted by day and written as a run (a sorted file in a private temporary
     * directory, not flushed to disk: it is only a spill); {@link Appender#finish()} then merges, under the lock,
     * each day's runs with that day's file in one pass, so a day file is rewritten once per ingest whatever the
     * number of batches. Observations of one call that batches split (the lines of one response) are merged there
     * into the one that counts; a day with nothing new is left untouched, byte for byte.
     */
    @Override
    public Appender appender() throws UsageStoreException {
        requireInside();
        try {
            return new RunAppender(Files.createTempDirectory("deploytrack-usage-"));
        } catch (IOException e) {
            throw failure("cannot create a temporary directory for the ingest", e, "nothing was written");
        }
    }

    private final class RunAppender implements Appender {

        private final Path spill;
        private final TreeMap<LocalDate, List<Path>> runs = new TreeMap<>();
        private int count;

        RunAppender(Path spill) {
            this.spill = spill;
        }

        @Override
        public void add(Collection<UsageRecord> records) throws UsageStoreException {
            TreeMap<LocalDate, NavigableSet<String>> byDay = new TreeMap<>();
            for (UsageRecord record : records) {
                byDay.computeIfAbsent(Period.day(record.time()), d -> new TreeSet<>()).add(UsageJson.line(record));
            }
            try {
                for (Map.Entry<LocalDate, NavigableSet<String>> day : byDay.entrySet()) {
                    Path run = spill.resolve(day.getKey() + "." + (count++) + ".run");
                    Files.write(run, day.getValue(), StandardCharsets.UTF_8);
                    runs.computeIfAbsent(day.getKey(), d -> new ArrayList<>()).add(run);
                }
            } catch (IOException e) {
                throw failure("cannot write the ingest's temporary files in " + spill, e, "nothing was written");
            }
        }

        @Override
        public Appended finish() throws UsageStoreException {
            Appended total = new Appended(0, 0);
            if (runs.isEmpty()) {
                return total;
            }
            try (RegistryLock lock = lock()) {
                for (Map.Entry<LocalDate, List<Path>> day : runs.entrySet()) {
                    Path file = dayFile(day.getKey());
                    requireInside(file);
                    total = total.plus(merge(file, day.getValue()));
                }
            } catch (IOException e) {
                throw failure("cannot release the usage lock", e, "the records were stored");
            } finally {
                runs.clear();
            }
            return total;
        }

        @Override
        public void close() {
            try (java.util.stream.Stream<Path> files = Files.list(spill)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(spill);
            } catch (IOException e) {
                // a temporary directory left behind holds no record that matters: the store has them all
            }
        }
    }

    private RegistryLock lock() throws UsageStoreException {
        requireInside();
        try {
            Files.createDirectories(directory);
            return RegistryLock.acquire(directory.toRealPath().resolve("usage"), LOCK_TIMEOUT_MILLIS);
        } catch (RegistryLock.TimeoutException e) {
            throw new UsageStoreException(displayName, e.getMessage().replace("registry", "usage store"),
                    "wait for that process to finish, or stop it if it hangs (a killed process releases the lock); "
                            + "nothing was written");
        } catch (IOException e) {
            throw failure("cannot lock the usage store", e, "nothing was written");
        }
    }

    /** One sorted source of lines in a merge: a run, or the day file itself. */
    private static final class Source implements Comparable<Source> {
        final BufferedReader reader;
        final boolean existing;
        final String name;
        String line;
        long number;

        Source(BufferedReader reader, boolean existing, String name) throws IOException {
            this.reader = reader;
            this.existing = existing;
            this.name = name;
            advance();
        }

        void advance() throws IOException {
            line = reader.readLine();
            number++;
        }

        @Override
        public int compareTo(Source other) {
            int order = line.compareTo(other.line);
            return order != 0 ? order : Boolean.compare(!existing, !other.existing);
        }
    }

    /**
     * Merges one day's runs into its file: lines of one call (one identity) come out together; the new ones are
     * reduced to the observation that counts, which is added unless the file holds it already. The result goes to
     * a temporary file that is flushed and renamed over the day file only when something was added.
     */
    private Appended merge(Path file, List<Path> dayRuns) throws UsageStoreException {
        List<Source> sources = new ArrayList<>();
        Path temp = null;
        try {
            AtomicFiles.removeStaleTemporaries(file);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageStoreException(displayName, relative(file) + " is not a regular file",
                        "remove what is in its place; nothing was written");
            }
            PriorityQueue<Source> queue = new PriorityQueue<>();
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                sources.add(new Source(Files.newBufferedReader(file, StandardCharsets.UTF_8), true, relative(file)));
            }
            for (Path run : dayRuns) {
                sources.add(new Source(Files.newBufferedReader(run, StandardCharsets.UTF_8), false, run.toString()));
            }
            for (Source source : sources) {
                if (source.line != null) {
                    queue.add(source);
                }
            }
            Files.createDirectories(file.getParent());
            temp = file.resolveSibling("." + file.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
            long added = 0;
            long already = 0;
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                Writer out = writer(channel);
                List<String> existing = new ArrayList<>();
                List<String> fresh = new ArrayList<>();
                String identity = null;
                while (!queue.isEmpty()) {
                    Source source = queue.poll();
                    String line = source.line;
                    int end = line.indexOf(IDENTITY_END);
                    if (source.existing && (!line.startsWith(LINE_START) || end < 0)) {
                        throw new UsageStoreException(displayName, source.name + ":" + source.number
                                + " is not a usage record deploytrack wrote", "restore the file from git or a backup; "
                                + "a usage file that cannot be read is never overwritten, and nothing was written to it");
                    }
                    String lineIdentity = line.substring(0, end);
                    if (identity != null && !identity.equals(lineIdentity)) {
                        long[] counts = writeGroup(out, existing, fresh);
                        added += counts[0];
                        already += counts[1];
                        existing.clear();
                        fresh.clear();
                    }
                    identity = lineIdentity;
                    (source.existing ? existing : fresh).add(line);
                    source.advance();
                    if (source.line != null) {
                        queue.add(source);
                    }
                }
                long[] counts = writeGroup(out, existing, fresh);
                added += counts[0];
                already += counts[1];
                out.flush();
                if (added > 0) {
                    channel.force(true);
                }
            }
            if (added > 0) {
                AtomicFiles.commit(temp, file);
            }
            return new Appended(added, already);
        } catch (IOException e) {
            throw failure("cannot write " + relative(file), e, "the day files written before this one are "
                    + "complete; ingest again to store the rest");
        } finally {
            closeAll(sources);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // removed by the next append to this day
                }
            }
        }
    }

    /**
     * Writes one call's lines: those the file had, and the observation that counts among the new ones unless the
     * file has it. Returns {added, already}.
     */
    private static long[] writeGroup(Writer out, List<String> existing, List<String> fresh) throws IOException {
        String chosen = null;
        if (!fresh.isEmpty()) {
            chosen = fresh.get(0);
            if (fresh.size() > 1) {
                UsageRecord best = UsageJson.read(chosen);
                for (String other : fresh.subList(1, fresh.size())) {
                    if (!other.equals(chosen)) {
                        UsageRecord candidate = UsageJson.read(other);
                        if (UsageRecord.PREFERRED.compare(candidate, best) > 0) {
                            best = candidate;
                            chosen = other;
                        }
                    }
                }
            }
        }
        boolean present = chosen != null && existing.contains(chosen);
        TreeSet<String> lines = new TreeSet<>(existing);
        if (chosen != null) {
            lines.add(chosen);
        }
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        return new long[] {chosen != null && !present ? 1 : 0, present ? 1 : 0};
    }

    private static Writer writer(java.nio.channels.FileChannel channel) {
        return new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16);
    }

    /**
     * Reads the day files of the range and of the day on each side of it ({@link Collapsing#firstDay}), merged in
     * line order, so that the observations of a call stored on two days come out together and count once, where
     * {@link Collapsing} says: the same rule, and the same days, as the PostgreSQL backend's.
     */
    @Override
    public void scan(Instant from, Instant to, Visitor visitor) throws UsageStoreException {
        if (!to.isAfter(from)) {
            return;
        }
        requireInside();
        List<Source> days = new ArrayList<>();
        try {
            LocalDate last = Collapsing.lastDay(to);
            for (LocalDate day = Collapsing.firstDay(from); !day.isAfter(last); day = day.plusDays(1)) {
                Path file = dayFile(day);
                requireInside(file);
                if (Files.isRegularFile(file)) {
                    try {
                        days.add(new Source(Files.newBufferedReader(file, StandardCharsets.UTF_8), true,
                                relative(file)));
                    } catch (IOException e) {
                        throw failure("cannot read " + relative(file), e, null);
                    }
                }
            }
            PriorityQueue<Source> queue = new PriorityQueue<>();
            for (Source day : days) {
                if (day.line != null) {
                    queue.add(day);
                }
            }
            Collapsing calls = new Collapsing(from, to, visitor);
            while (!queue.isEmpty()) {
                Source day = queue.poll();
                try {
                    calls.visit(UsageJson.read(day.line));
                } catch (IOException e) {
                    // Jackson's own message ends in a "[Source: ...]" location; the file and line say it.
                    String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                            ? json.getOriginalMessage() : e.getMessage();
                    throw new UsageStoreException(displayName, day.name + ":" + day.number + ": " + why,
                            "restore the file from git or a backup");
                }
                try {
                    day.advance();
                } catch (IOException e) {
                    throw failure("cannot read " + day.name, e, null);
                }
                if (day.line != null) {
                    queue.add(day);
                }
            }
            calls.flush();
        } finally {
            closeAll(days);
        }
    }

    private static void closeAll(List<Source> sources) {
        for (Source source : sources) {
            try {
                source.reader.close();
            } catch (IOException e) {
                // read-only
            }
        }
    }

    @Override
    public boolean fireOnce(String key, String description, Delivery delivery)
            throws UsageStoreException, DeliveryException {
        try (RegistryLock lock = lock()) {
            List<String> fired = firedLines();
            if (containsKey(fired, key)) {
                return false;
            }
            delivery.deliver();
            List<String> lines = new ArrayList<>(fired);
            lines.add(alertLine(key, description));
            Path file = alertsFile();
            byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, bytes, bytes.length);
            return true;
        } catch (IOException e) {
            throw failure("cannot record the alert " + key, e, "it may be sent again by the next run");
        }
    }

    @Override
    public boolean hasFired(String key) throws UsageStoreException {
        requireInside();
        try {
            return containsKey(firedLines(), key);
        } catch (IOException e) {
            throw failure("cannot read " + relative(alertsFile()), e, null);
        }
    }

    private Path alertsFile() {
        return directory.resolve("alerts.jsonl");
    }

    private List<String> firedLines() throws IOException {
        Path file = alertsFile();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean containsKey(List<String> lines, String key) {
        String prefix = alertLine(key, null);
        prefix = prefix.substring(0, prefix.indexOf(",\"fired_at\""));
        for (String line : lines) {
            if (line.startsWith(prefix + ",")) {
                return true;
            }
        }
        return false;
    }

    private static String alertLine(String key, String description) {
        com.fasterxml.jackson.databind.node.ObjectNode node = new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode();
        node.put("key", key);
        node.put("fired_at", Instant.now().toString());
        if (description != null) {
            node.put("description", description);
        }
        return node.toString();
    }

    private String relative(Path file) {
        Path name = directory.getParent() == null ? file : directory.getParent().relativize(file);
        return name.toString().replace('\\', '/');
    }

    private UsageStoreException failure(String what, IOException e, String outcome) {
        String hint = IoProblems.hint(e);
        return new UsageStoreException(displayName, what + ": " + IoProblems.describe(e),
                hint == null ? outcome : outcome == null ? hint : hint + "; " + outcome);
    }
}
