package dev.deploytrack.usage.store;

import dev.deploytrack.registry.AtomicFiles;
import dev.deploytrack.registry.RegistryLock;
import dev.deploytrack.source.IoProblems;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The file backend: usage beside the registry file, in {@code usage/} next to {@code registry.json}, one file per
 * UTC day ({@code usage/2026/11/2026-11-03.jsonl}) holding that day's records as {@link UsageJson} lines, sorted and
 * without repeats. So a file is a function of the records it holds: the same logs ingested on two machines, twice or
 * in another order give the same bytes, and two machines' files merge in git without conflict when they agree.
 *
 * <p>An append sorts its records by day and, under the registry's kind of lock ({@code usage/usage.lock}: an
 * operating-system lock that dies with its holder), merges each day's new lines into that day's file: the file is
 * read as a stream and the merged file written to a temporary file that is flushed and renamed over it. A writer
 * killed half way leaves each day either as it was or complete, and the next append finishes the rest; a day file
 * that cannot be read is refused, never overwritten. Memory holds the records of one append, not the files.
 *
 * <p>Alerts that fired are kept in {@code usage/alerts.jsonl}, rewritten the same way under the same lock.
 */
public final class FileUsageStore implements UsageStore {

    /** How long an append waits for another writer. */
    private static final long LOCK_TIMEOUT_MILLIS = 300_000;
    private static final String LINE_START = "{\"source\":\"";
    private static final String IDENTITY_END = "\",\"time\":\"";

    private final Path directory;
    private final String displayName;

    /**
     * @param directory   the usage directory ({@code usage/} beside the registry file)
     * @param displayName how messages name it
     */
    public FileUsageStore(Path directory, String displayName) {
        this.directory = directory.toAbsolutePath().normalize();
        this.displayName = displayName;
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
        TreeMap<LocalDate, NavigableSet<String>> byDay = new TreeMap<>();
        for (UsageRecord record : records) {
            byDay.computeIfAbsent(day(record.time()), d -> new TreeSet<>()).add(UsageJson.line(record));
        }
        Appended total = new Appended(0, 0);
        if (byDay.isEmpty()) {
            return total;
        }
        try (RegistryLock lock = lock()) {
            for (Map.Entry<LocalDate, NavigableSet<String>> day : byDay.entrySet()) {
                total = total.plus(merge(dayFile(day.getKey()), day.getValue()));
            }
        } catch (IOException e) {
            throw failure("cannot release the usage lock", e, "the records were stored");
        }
        return total;
    }

    private RegistryLock lock() throws UsageStoreException {
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

    /** Merges sorted new lines into one day's file. */
    private Appended merge(Path file, NavigableSet<String> added) throws UsageStoreException {
        try {
            AtomicFiles.removeStaleTemporaries(file);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                Path temp = AtomicFiles.writeTemp(file, channel -> {
                    Writer out = writer(channel);
                    for (String line : added) {
                        out.write(line);
                        out.write('\n');
                    }
                    out.flush();
                });
                commit(temp, file);
                return new Appended(added.size(), 0);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageStoreException(displayName, relative(file) + " is not a regular file",
                        "remove what is in its place; nothing was written");
            }
            long[] counts = new long[2];
            String[] problem = new String[1];
            Path temp = AtomicFiles.writeTemp(file, channel -> {
                Writer out = writer(channel);
                Iterator<String> fresh = added.iterator();
                String next = fresh.hasNext() ? fresh.next() : null;
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String line;
                    long number = 0;
                    while ((line = in.readLine()) != null) {
                        number++;
                        if (!line.startsWith(LINE_START) || line.indexOf(IDENTITY_END) < 0) {
                            problem[0] = relative(file) + ":" + number + " is not a usage record deploytrack wrote";
                            return;
                        }
                        while (next != null && next.compareTo(line) < 0) {
                            out.write(next);
                            out.write('\n');
                            counts[0]++;
                            next = fresh.hasNext() ? fresh.next() : null;
                        }
                        if (next != null && next.equals(line)) {
                            counts[1]++;
                            next = fresh.hasNext() ? fresh.next() : null;
                        }
                        out.write(line);
                        out.write('\n');
                    }
                }
                while (next != null) {
                    out.write(next);
                    out.write('\n');
                    counts[0]++;
                    next = fresh.hasNext() ? fresh.next() : null;
                }
                out.flush();
            });
            if (problem[0] != null) {
                Files.deleteIfExists(temp);
                throw new UsageStoreException(displayName, problem[0], "restore the file from git or a backup; "
                        + "a usage file that cannot be read is never overwritten, and nothing was written to it");
            }
            if (counts[0] == 0) {
                Files.deleteIfExists(temp); // nothing new: the file stays as it is, byte for byte
                return new Appended(0, counts[1]);
            }
            commit(temp, file);
            return new Appended(counts[0], counts[1]);
        } catch (IOException e) {
            throw failure("cannot write " + relative(file), e, "the day files written before this one are "
                    + "complete; ingest again to store the rest");
        }
    }

    private static void commit(Path temp, Path file) throws IOException {
        try {
            AtomicFiles.commit(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Writer writer(java.nio.channels.FileChannel channel) {
        return new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16);
    }

    @Override
    public void scan(Instant from, Instant to, Visitor visitor) throws UsageStoreException {
        if (!to.isAfter(from)) {
            return;
        }
        LocalDate last = day(to.minusNanos(1));
        for (LocalDate day = day(from); !day.isAfter(last); day = day.plusDays(1)) {
            Path file = dayFile(day);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Collapsing calls = new Collapsing(record -> {
                if (!record.time().isBefore(from) && record.time().isBefore(to)) {
                    visitor.visit(record);
                }
            });
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                long number = 0;
                while ((line = in.readLine()) != null) {
                    number++;
                    try {
                        calls.visit(UsageJson.read(line));
                    } catch (IOException e) {
                        throw new UsageStoreException(displayName, relative(file) + ":" + number + ": "
                                + e.getMessage(), "restore the file from git or a backup");
                    }
                }
            } catch (IOException e) {
                throw failure("cannot read " + relative(file), e, null);
            }
            calls.flush();
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

    static LocalDate day(Instant time) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }
}
