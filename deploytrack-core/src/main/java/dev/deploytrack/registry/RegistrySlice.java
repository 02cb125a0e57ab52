package dev.deploytrack.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * One project's part of a registry file deploytrack wrote, read without parsing the rest, and the new file written by
 * splicing the changes to that part into the old file. This is how a write stays fast on a registry of any size: a
 * deployment changes one project, appends to the history and updates the statistics; everything else is copied
 * from the old file in the kernel.
 *
 * <p>It is only done on a file that is exactly what deploytrack wrote: the {@link RegistryChecksum checksum} at its end
 * must match all the bytes before it. Such a file was either written in full from a registry that Jackson parsed
 * and checked, or spliced like this from another such file, so every byte of it is valid, and it is in the layout
 * {@link RegistryWriter} writes, which this class relies on to find things:
 * <ul>
 *   <li>a line that starts with six spaces and {@code "name": } holds the name of a project, and the project is the
 *       lines from {@code "    {"} before it to the next {@code "    }"};</li>
 *   <li>every history entry and approval is one line, and one of a project contains {@code "project": "<name>"}
 *       with the name encoded as deploytrack encodes it, so finding that text finds all of them (a line where it
 *       appears elsewhere, say in a team's own field, is parsed and left out);</li>
 *   <li>the statistics hold the counts they were derived from, so the new statistics are those plus the change.</li>
 * </ul>
 * Anything that does not fit, down to one unexpected byte in what is parsed, makes {@link #read} return
 * {@code null}, and the caller reads the whole file with Jackson: that read either accepts the file (and the write
 * that follows puts it back in this layout, with a new checksum) or stops with the file, line and column of the
 * problem. A file whose checksum does not match (edited by hand, merged by git, cut short, damaged) is never sliced,
 * so nothing of it is copied forward unchecked.
 *
 * <p>The scan reads the file once, in chunks: it computes the checksum, remembering it at every
 * {@value #CHECKPOINT} bytes, and looks for the project's name with {@link BytePattern}. The checksum of the new
 * file is combined from those of the pieces it is made of ({@link RegistryChecksum#combine}), so the copied bytes
 * are not read again.
 */
final class RegistrySlice implements AtomicFiles.Content {

    private static final int CHUNK = 1 << 20;
    static final int CHECKPOINT = 1 << 16;
    private static final int WINDOW = 1 << 16;


    private static final String HEADER = "{\n  \"registry_version\": \"2.0.0\",\n  \"last_updated\": ";
    private static final String PROJECTS_FIELD = ",\n  \"projects\": ";
    private static final String HISTORY_FIELD = RegistryWriter.HISTORY_FIELD;
    private static final String PROJECT_START = "\n    {\n";
    private static final String PROJECT_END = "\n    }";
    private static final BytePattern PROJECTS_END = BytePattern.ascii("\n  ],\n  \"deployment_history\"");
    private static final BytePattern STATISTICS = BytePattern.ascii(RegistryWriter.STATISTICS_FIELD + "{\n");
    private static final BytePattern APPROVALS = BytePattern.ascii(RegistryWriter.APPROVALS_FIELD + "[\n    {");

    private final Path path;
    private final BasicFileAttributes seen;
    private final FileChannel file;
    private final String project;
    private final long tailStart;
    private int[] checkpoints;
    private int checksum;

    private String lastUpdated;
    private long projectsValueStart;
    /** {@code -1} when there are no projects; else the first project's brace and the newline after the last one. */
    private long projectsContentStart = -1;
    private long projectsContentEnd = -1;
    private long historyValueStart;
    private long historyContentStart = -1;
    private long historyContentEnd = -1;
    private long approvalsContentStart = -1;
    private long approvalsContentEnd = -1;
    private long extrasStart;
    private long targetStart = -1;
    private long targetEnd = -1;
    /** From the scan: the line naming the project, and every mention of it after the projects. */
    private long nameAt;
    private List<Long> mentionsAt;

    private ProjectEntry target;
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<Approval> approvals = new ArrayList<>();
    private Statistics statistics;
    private Registry registry;

    private RegistrySlice(Path path, BasicFileAttributes seen, FileChannel file, String project, long tailStart) {
        this.path = path;
        this.seen = seen;
        this.file = file;
        this.project = project;
        this.tailStart = tailStart;
    }

    /**
     * Reads {@code project}'s part of the registry file {@code path}, open as {@code file}, or returns {@code null}
     * when the file is not one deploytrack wrote in this layout (then read it in full).
     */
    static RegistrySlice read(Path path, FileChannel file, String project) throws IOException {
        BasicFileAttributes seen = Files.readAttributes(path, BasicFileAttributes.class);
        long size = file.size();
        if (size < RegistryChecksum.TRAILER_LENGTH + HEADER.length() || size > Integer.MAX_VALUE) {
            return null;
        }
        long tailStart = size - RegistryChecksum.TRAILER_LENGTH;
        Integer claimed = RegistryChecksum.claimed(bytes(file, tailStart, size));
        if (claimed == null) {
            return null;
        }
        RegistrySlice slice = new RegistrySlice(path, seen, file, project, tailStart);
        try {
            slice.header();
            if (!slice.scan(claimed)) {
                return null;
            }
            slice.tail();
            slice.readProject();
            slice.readMentions();
        } catch (JsonCursor.NotCanonical e) {
            return null;
        }
        slice.registry = Registry.scoped(project, slice.lastUpdated, slice.target, slice.history, slice.approvals,
                slice.statistics);
        return slice;
    }

    /** The registry as far as an operation on the project needs it (see {@link Registry#isScoped()}). */
    Registry registry() {
        return registry;
    }

    /** The project as the file has it, or {@code null} when there is none of that name. */
    ProjectEntry target() {
        return target;
    }

    /** How many history entries of the project the file has (the operation appends after them). */
    int historyCount() {
        return history.size();
    }

    /** The statistics as the file has them. */
    Statistics statistics() {
        return statistics;
    }

    /** {@code {...,\n  "last_updated": ...,\n  "projects": } and the start of its value. */
    private void header() throws IOException, JsonCursor.NotCanonical {
        byte[] head = bytes(file, 0, Math.min(tailStart, 4096));
        JsonCursor in = new JsonCursor(head, 0, head.length);
        in.expect(HEADER);
        lastUpdated = in.stringOrNull();
        in.expect(PROJECTS_FIELD);
        projectsValueStart = in.position();
        if (in.lookingAt("[]")) {
            in.expect("[]");
            in.expect(HISTORY_FIELD);
            historyValueStart = in.position();
        } else {
            in.expect(RegistryWriter.LIST_START + "{");
            projectsContentStart = in.position() - 1;
        }
    }

    /**
     * The single pass over the file: its checksum, where the projects end and the history starts, the first line
     * naming the project, and every mention of the project after the projects.
     *
     * @return whether the checksum matches
     */
    private boolean scan(int claimed) throws IOException, JsonCursor.NotCanonical {
        BytePattern name = new BytePattern(concat("\n      \"name\": ", encoded(project)));
        BytePattern mention = new BytePattern(concat("\"project\": ", encoded(project)));
        int overlap = Math.max(Math.max(name.length(), mention.length()), PROJECTS_END.length()) - 1;
        checkpoints = new int[(int) (tailStart / CHECKPOINT) + 1];
        Pass pass = new Pass(overlap, mention);
        long position = projectsContentStart >= 0 ? pass.projects(name) : 0;
        pass.history(position, pass.projectsEndAt >= 0 ? pass.projectsEndAt + PROJECTS_END.length()
                : historyValueStart);
        checksum = pass.checksum();
        if (checksum != claimed) {
            return false;
        }
        if (projectsContentStart >= 0) {
            if (pass.projectsEndAt < 0) {
                throw new JsonCursor.NotCanonical("the projects do not end");
            }
            projectsContentEnd = pass.projectsEndAt;
            historyValueStart = pass.projectsEndAt + PROJECTS_END.length() + 2;
            expectAt(pass.projectsEndAt + PROJECTS_END.length(), ": ");
        }
        nameAt = pass.nameAt;
        mentionsAt = pass.mentions;
        return true;
    }

    /**
     * Reads the file chunk by chunk: its checksum, remembered at every checkpoint, and the places where patterns
     * occur. A chunk starts with the last bytes of the one before, so that a match across their border is found;
     * only matches that reach into the new bytes count.
     *
     * <p>(Reading the history in two halves on two threads was tried: on the 2-core machine, shared with other
     * builds, it was no faster, so it was left out.)
     */
    private final class Pass {

        private final byte[] buffer;
        private final int overlap;
        private final BytePattern mention;
        private final CRC32C crc = new CRC32C();
        private final List<Long> mentions = new ArrayList<>();
        private int carry;
        private long historyFrom = Long.MAX_VALUE;
        private long nameAt = -1;
        private long projectsEndAt = -1;

        Pass(int overlap, BytePattern mention) {
            this.overlap = overlap;
            this.mention = mention;
            this.buffer = new byte[CHUNK + overlap];
        }

        /**
         * From the file's start to the chunk where the projects end: where they end, and the first line naming the
         * project before that.
         *
         * @return where the next chunk starts
         */
        long projects(BytePattern name) throws IOException {
            long position = 0;
            while (position < tailStart && projectsEndAt < 0) {
                int length = next(position, (int) Math.min(CHUNK, tailStart - position));
                long base = position - carry; // the file offset of buffer[0]
                int[] ends = PROJECTS_END.everyIndexIn(buffer, firstNew(PROJECTS_END, carry), length);
                int end = ends.length == 0 ? -1 : ends[0];
                if (nameAt < 0) {
                    int[] names = name.everyIndexIn(buffer, firstNew(name, carry), end < 0 ? length : end);
                    nameAt = names.length == 0 ? -1 : base + names[0];
                }
                if (end >= 0) {
                    projectsEndAt = base + end;
                    historyFrom = projectsEndAt + PROJECTS_END.length();
                    mentions(base, length); // the history's start, in this chunk
                }
                position += length - carry;
                keepCarry(length);
            }
            return position;
        }

        /** From {@code from} to the end, searching for mentions from {@code historyFrom} on. */
        void history(long from, long historyFrom) throws IOException {
            this.historyFrom = historyFrom;
            for (long position = from; position < tailStart; ) {
                int length = next(position, (int) Math.min(CHUNK, tailStart - position));
                mentions(position - carry, length);
                position += length - carry;
                keepCarry(length);
            }
        }

        /** Reads {@code n} bytes from {@code position} after the carried ones; returns the bytes in the buffer. */
        private int next(long position, int n) throws IOException {
            readFully(file, buffer, carry, n, position);
            int done = 0;
            while (done < n) {
                long at = position + done;
                int length = (int) Math.min(n - done, (at / CHECKPOINT + 1) * CHECKPOINT - at);
                crc.update(buffer, carry + done, length);
                done += length;
                if ((position + done) % CHECKPOINT == 0) {
                    checkpoints[(int) ((position + done) / CHECKPOINT)] = (int) crc.getValue();
                }
            }
            return carry + n;
        }

        private void mentions(long base, int length) {
            int start = (int) Math.max(firstNew(mention, carry), Math.min(historyFrom - base, length));
            for (int at : mention.everyIndexIn(buffer, start, length)) {
                mentions.add(base + at);
            }
        }

        private void keepCarry(int length) {
            carry = Math.min(overlap, length);
            System.arraycopy(buffer, length - carry, buffer, 0, carry);
        }

        int checksum() {
            return (int) crc.getValue();
        }
    }

    /** Where to start looking in a buffer so that only matches reaching past the carried-over bytes are found. */
    private static int firstNew(BytePattern pattern, int carry) {
        return Math.max(0, carry - pattern.length() + 1);
    }

    /**
     * From the end: the statistics and the team's own top-level fields after them, and whether approvals come
     * between the history and the statistics.
     */
    private void tail() throws IOException, JsonCursor.NotCanonical {
        long statisticsAt = lastIndexOf(STATISTICS, historyValueStart, tailStart);
        if (statisticsAt < 0) {
            throw new JsonCursor.NotCanonical("no statistics");
        }
        long valueStart = statisticsAt + RegistryWriter.STATISTICS_FIELD.length();
        byte[] rest = bytes(file, valueStart, tailStart);
        JsonCursor in = new JsonCursor(rest, 0, rest.length);
        statistics = Statistics.read(in);
        extrasStart = valueStart + in.position();
        while (in.position() < rest.length) { // the team's own fields: checked, then copied as they are
            in.expect(",\n  ");
            String field = in.string();
            in.expect(": ");
            if (isOwnField(field)) {
                throw new JsonCursor.NotCanonical("a second " + field);
            }
            in.rawValue();
        }

        String listStart = RegistryWriter.LIST_START + "{";
        String history = new String(bytes(file, historyValueStart,
                Math.min(historyValueStart + listStart.length(), statisticsAt)), StandardCharsets.ISO_8859_1);
        long listEnd = statisticsAt - RegistryWriter.LIST_END.length();
        if (history.startsWith(RegistryWriter.EMPTY_LIST)) { // no history; approvals, if any, follow
            long after = historyValueStart + RegistryWriter.EMPTY_LIST.length();
            if (after != statisticsAt) {
                String approvalsStart = RegistryWriter.APPROVALS_FIELD + RegistryWriter.LIST_START;
                expectAt(after, approvalsStart + "{");
                expectAt(listEnd, RegistryWriter.LIST_END);
                approvalsContentStart = after + approvalsStart.length();
                approvalsContentEnd = listEnd;
            }
            return;
        }
        if (!history.equals(listStart)) {
            throw new JsonCursor.NotCanonical("the history is not a list");
        }
        historyContentStart = historyValueStart + RegistryWriter.LIST_START.length();
        expectAt(listEnd, RegistryWriter.LIST_END);
        if (lastLineIsApproval(listEnd)) {
            long approvalsAt = lastIndexOf(APPROVALS, historyContentStart, listEnd);
            if (approvalsAt < 0) {
                throw new JsonCursor.NotCanonical("approvals without their field");
            }
            historyContentEnd = approvalsAt - RegistryWriter.LIST_END.length();
            expectAt(historyContentEnd, RegistryWriter.LIST_END);
            approvalsContentStart = approvalsAt + APPROVALS.length() - 1;
            approvalsContentEnd = listEnd;
        } else {
            historyContentEnd = listEnd;
        }
    }

    /**
     * Whether the list before the statistics is the approvals: their entries have {@code environment} third, history
     * entries {@code agent}.
     */
    private boolean lastLineIsApproval(long listEnd) throws IOException, JsonCursor.NotCanonical {
        long lineStart = lineStart(listEnd - 1, historyValueStart);
        byte[] line = bytes(file, lineStart, listEnd);
        JsonCursor in = new JsonCursor(line, 0, line.length);
        in.expect("    ");
        in.beginObject();
        String[] fields = new String[3];
        for (int i = 0; i < 3; i++) {
            fields[i] = in.nextField();
            if (fields[i] == null) {
                throw new JsonCursor.NotCanonical("a short list entry");
            }
            in.rawValue();
        }
        if (!fields[0].equals("timestamp") || !fields[1].equals("project")) {
            throw new JsonCursor.NotCanonical("an unexpected list entry");
        }
        return fields[2].equals("environment");
    }

    /** The project: the lines from {@code "    {"} before the line naming it to the next {@code "    }"}. */
    private void readProject() throws IOException, JsonCursor.NotCanonical {
        if (nameAt < 0) {
            return;
        }
        long firstLine = projectsContentStart - PROJECT_START.length() + 2; // the newline before the first brace
        long brace = lastIndexOf(BytePattern.ascii(PROJECT_START), firstLine, nameAt);
        if (brace < 0) {
            throw new JsonCursor.NotCanonical("a project without its brace");
        }
        targetStart = brace + PROJECT_START.length() - 2; // the brace
        long close = indexOf(BytePattern.ascii(PROJECT_END), nameAt, projectsContentEnd + PROJECT_END.length());
        if (close < 0 || close + PROJECT_END.length() > projectsContentEnd) {
            throw new JsonCursor.NotCanonical("a project that does not end");
        }
        targetEnd = close + PROJECT_END.length();
        if (targetEnd < projectsContentEnd) {
            expectAt(targetEnd, RegistryWriter.ELEMENT_SEPARATOR + "{");
        }
        byte[] element = bytes(file, targetStart, targetEnd);
        JsonCursor in = new JsonCursor(element, 0, element.length);
        target = ProjectEntry.read(in);
        if (in.position() != element.length || !project.equals(target.name())) {
            throw new JsonCursor.NotCanonical("the project found is not " + project);
        }
    }

    /** Every history entry and approval that mentions the project, parsed; those that are about it are kept. */
    private void readMentions() throws IOException, JsonCursor.NotCanonical {
        byte[] window = new byte[0];
        long windowStart = 0;
        long lineEnd = -1;
        for (long at : mentionsAt) {
            boolean inHistory = at >= historyContentStart && at < historyContentEnd;
            boolean inApprovals = at >= approvalsContentStart && at < approvalsContentEnd;
            if (!(inHistory || inApprovals) || at < lineEnd) {
                continue; // beyond the lists, or a second mention in a line already read
            }
            long listStart = inHistory ? historyContentStart : approvalsContentStart;
            long listEnd = inHistory ? historyContentEnd : approvalsContentEnd;
            long start = lineStart(at, listStart - RegistryWriter.LIST_START.length() + 1) + 4; // the brace
            lineEnd = lineEnd(at, listEnd);
            if (start < windowStart || lineEnd > windowStart + window.length) {
                windowStart = start;
                window = bytes(file, start, Math.max(lineEnd, Math.min(start + WINDOW, listEnd)));
            }
            int from = (int) (start - windowStart);
            int to = (int) (lineEnd - windowStart);
            if (lineEnd < listEnd) {
                to--; // the comma that separates it from the next line
                if (window[to] != ',') {
                    throw new JsonCursor.NotCanonical("entries are not separated by a comma");
                }
            }
            JsonCursor in = new JsonCursor(window, from, to);
            if (inHistory) {
                HistoryEntry entry = HistoryEntry.read(in);
                if (project.equals(entry.project())) {
                    history.add(entry);
                }
            } else {
                Approval approval = Approval.read(in);
                if (project.equals(approval.project())) {
                    approvals.add(approval);
                }
            }
            if (in.position() != to) {
                throw new JsonCursor.NotCanonical("an entry does not fill its line");
            }
        }
    }

    /**
     * Writes the new file: the old one with the project replaced or added, the new history entries and approvals
     * appended, new statistics (all as the operation left {@link #registry()}), and a new checksum.
     */
    @Override
    public void writeTo(FileChannel out) throws IOException {
        Registry changed = registry;
        Splice splice = new Splice();
        RegistryWriter.header(splice.bytes(), changed.registryVersion(), changed.lastUpdated());
        List<ProjectEntry> projects = changed.projects();
        ProjectEntry touched = projects.isEmpty() ? null : projects.get(0);
        long projectsValueEnd = projectsContentStart < 0 ? projectsValueStart + 2
                : projectsContentEnd + RegistryWriter.LIST_END.length();
        if (target != null) {
            splice.copy(projectsValueStart, targetStart);
            RegistryWriter.project(splice.bytes(), touched, SchemaVersion.V2);
            splice.copy(targetEnd, projectsValueEnd);
        } else if (touched != null) {
            if (projectsContentStart < 0) {
                splice.bytes().ascii(RegistryWriter.LIST_START);
            } else {
                splice.copy(projectsValueStart, projectsContentEnd);
                splice.bytes().ascii(RegistryWriter.ELEMENT_SEPARATOR);
            }
            RegistryWriter.project(splice.bytes(), touched, SchemaVersion.V2);
            splice.bytes().ascii(RegistryWriter.LIST_END);
        } else {
            splice.copy(projectsValueStart, projectsValueEnd);
        }
        splice.bytes().ascii(HISTORY_FIELD);
        List<HistoryEntry> entries = changed.history();
        list(splice, historyContentStart, historyContentEnd, entries.subList(history.size(), entries.size()));
        List<Approval> added = changed.approvals().subList(approvals.size(), changed.approvals().size());
        if (approvalsContentStart >= 0 || !added.isEmpty()) {
            splice.bytes().ascii(RegistryWriter.APPROVALS_FIELD);
            list(splice, approvalsContentStart, approvalsContentEnd, added);
        }
        RegistryWriter.statistics(splice.bytes(), changed.statistics(), SchemaVersion.V2);
        splice.copy(extrasStart, tailStart);
        splice.writeTo(out);
        unchanged();
    }

    /**
     * The new file copies parts of the current one after reading it: the copy is only right if no one changed the
     * file in between. Writers that take the lock replace it by renaming, so this catches a tool or editor writing
     * into it in place while deploytrack writes.
     */
    private void unchanged() throws IOException {
        BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
        if (now.size() != seen.size() || !now.lastModifiedTime().equals(seen.lastModifiedTime())
                || !Objects.equals(now.fileKey(), seen.fileKey())) {
            throw new IOException("the registry was changed by something else while it was being written");
        }
    }

    /** A top-level list: the old entries copied (from {@code -1}: none), then the new history entries or approvals. */
    private void list(Splice splice, long oldStart, long oldEnd, List<?> added) {
        if (oldStart < 0 && added.isEmpty()) {
            splice.bytes().ascii(RegistryWriter.EMPTY_LIST);
            return;
        }
        splice.bytes().ascii(RegistryWriter.LIST_START);
        if (oldStart >= 0) {
            splice.copy(oldStart, oldEnd);
        }
        for (int i = 0; i < added.size(); i++) {
            if (oldStart >= 0 || i > 0) {
                splice.bytes().ascii(RegistryWriter.ELEMENT_SEPARATOR);
            }
            if (added.get(i) instanceof HistoryEntry entry) {
                RegistryWriter.historyEntry(splice.bytes(), entry, SchemaVersion.V2);
            } else {
                RegistryWriter.approval(splice.bytes(), (Approval) added.get(i));
            }
        }
        splice.bytes().ascii(RegistryWriter.LIST_END);
    }

    /** The new file as pieces: new bytes, and ranges of the old file. */
    private final class Splice {

        private final List<Object> pieces = new ArrayList<>();
        private ByteSink pending = new ByteSink(4096);

        ByteSink bytes() {
            return pending;
        }

        void copy(long start, long end) {
            flush();
            if (end > start) {
                pieces.add(new long[] {start, end});
            }
        }

        private void flush() {
            if (pending.position() > 0) {
                pieces.add(java.util.Arrays.copyOf(pending.array(), pending.position()));
                pending = new ByteSink(4096);
            }
        }

        void writeTo(WritableByteChannel out) throws IOException {
            flush();
            int crc = 0;
            for (Object piece : pieces) {
                if (piece instanceof byte[] bytes) {
                    crc = RegistryChecksum.combine(crc, RegistryChecksum.of(bytes, 0, bytes.length), bytes.length);
                    write(out, ByteBuffer.wrap(bytes));
                } else {
                    long[] range = (long[]) piece;
                    long length = range[1] - range[0];
                    crc = RegistryChecksum.combine(crc, RegistryChecksum.between(prefixChecksum(range[0]),
                            prefixChecksum(range[1]), length), length);
                    for (long done = 0; done < length; ) {
                        long copied = file.transferTo(range[0] + done, length - done, out);
                        if (copied <= 0) {
                            throw new IOException("the registry file ended while it was being copied");
                        }
                        done += copied;
                    }
                }
            }
            write(out, ByteBuffer.wrap(RegistryChecksum.trailer(crc)));
        }
    }

    /** The checksum of the file's first {@code position} bytes, from the nearest checkpoint. */
    private int prefixChecksum(long position) throws IOException {
        if (position == tailStart) {
            return checksum;
        }
        long checkpoint = position / CHECKPOINT * CHECKPOINT;
        int atCheckpoint = checkpoints[(int) (position / CHECKPOINT)];
        if (position == checkpoint) {
            return atCheckpoint;
        }
        byte[] rest = bytes(file, checkpoint, position);
        return RegistryChecksum.combine(atCheckpoint, RegistryChecksum.of(rest, 0, rest.length), rest.length);
    }

    private static boolean isOwnField(String field) {
        return switch (field) {
            case "registry_version", "last_updated", "projects", "deployment_history", "approvals", "statistics",
                    RegistryWriter.CHECKSUM_FIELD -> true;
            default -> false;
        };
    }

    /**
     * The names of the projects recorded with {@code path}, found in a file in deploytrack's layout without parsing
     * it: each project starts with its path and its name, {@code "    {\n      \"path\": ...,\n      \"name\": ..."},
     * and only the projects, at the file's start, are read. A hint for naming a request's project, which the
     * update checks against the registry it reads; {@code null} when the file is not in this layout.
     */
    static List<String> projectsAt(FileChannel file, String path) throws IOException {
        long size = file.size();
        if (size < HEADER.length() || !new String(bytes(file, 0, HEADER.length()), StandardCharsets.UTF_8)
                .equals(HEADER)) {
            return null;
        }
        byte[] encodedPath = encoded(path);
        byte[] field = ",\n      \"name\": ".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = java.util.Arrays.copyOf(encodedPath, encodedPath.length + field.length);
        System.arraycopy(field, 0, tail, encodedPath.length, field.length);
        BytePattern start = new BytePattern(concat("\n    {\n      \"path\": ", tail));
        int overlap = Math.max(start.length(), PROJECTS_END.length()) - 1;
        byte[] buffer = new byte[CHUNK + overlap];
        List<Long> names = new ArrayList<>();
        long projectsEnd = -1;
        int carry = 0;
        for (long position = 0; position < size && projectsEnd < 0; ) {
            int n = (int) Math.min(CHUNK, size - position);
            readFully(file, buffer, carry, n, position);
            int length = carry + n;
            long base = position - carry;
            int[] ends = PROJECTS_END.everyIndexIn(buffer, firstNew(PROJECTS_END, carry), length);
            int limit = ends.length == 0 ? length : ends[0];
            for (int at : start.everyIndexIn(buffer, firstNew(start, carry), limit)) {
                names.add(base + at + start.length());
            }
            if (ends.length > 0) {
                projectsEnd = base + ends[0];
            }
            position += n;
            carry = Math.min(overlap, length);
            System.arraycopy(buffer, length - carry, buffer, 0, carry);
        }
        if (projectsEnd < 0) {
            return null;
        }
        List<String> found = new ArrayList<>();
        for (long at : names) {
            byte[] line = bytes(file, at, Math.min(projectsEnd, at + 8 * RequestText.MAX_NAME + 64));
            try {
                String name = new JsonCursor(line, 0, line.length).stringOrNull();
                if (name == null) {
                    return null;
                }
                found.add(name);
            } catch (JsonCursor.NotCanonical e) {
                return null;
            }
        }
        return found;
    }

    /** The project's name as deploytrack writes it, quotes included. */
    private static byte[] encoded(String name) {
        ByteSink sink = new ByteSink(name.length() + 16);
        new JsonEncoder(sink, 0, true).string(name);
        return java.util.Arrays.copyOf(sink.array(), sink.position());
    }

    private static byte[] concat(String ascii, byte[] rest) {
        byte[] head = ascii.getBytes(StandardCharsets.US_ASCII);
        byte[] both = java.util.Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, both, head.length, rest.length);
        return both;
    }

    /** The start of the line holding {@code position}, not before {@code floor}. */
    private long lineStart(long position, long floor) throws IOException, JsonCursor.NotCanonical {
        for (long end = position; end > floor; ) {
            long start = Math.max(floor, end - WINDOW);
            byte[] window = bytes(file, start, end);
            for (int i = window.length - 1; i >= 0; i--) {
                if (window[i] == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        throw new JsonCursor.NotCanonical("a line without a start");
    }

    /** The end of the line holding {@code position} (its newline), or {@code limit}. */
    private long lineEnd(long position, long limit) throws IOException {
        for (long start = position; start < limit; ) {
            long end = Math.min(limit, start + WINDOW);
            byte[] window = bytes(file, start, end);
            for (int i = 0; i < window.length; i++) {
                if (window[i] == '\n') {
                    return start + i;
                }
            }
            start = end;
        }
        return limit;
    }

    private long indexOf(BytePattern pattern, long from, long to) throws IOException {
        for (long start = from; start < to; start += WINDOW) {
            long end = Math.min(to, start + WINDOW + pattern.length() - 1);
            byte[] window = bytes(file, start, end);
            int at = pattern.indexIn(window, 0, window.length);
            if (at >= 0) {
                return start + at;
            }
        }
        return -1;
    }

    private long lastIndexOf(BytePattern pattern, long from, long to) throws IOException {
        for (long end = to; end > from; end -= WINDOW) {
            long start = Math.max(from, end - WINDOW - pattern.length() + 1);
            byte[] window = bytes(file, start, end);
            int at = pattern.lastIndexIn(window, 0, window.length);
            if (at >= 0) {
                return start + at;
            }
        }
        return -1;
    }

    private void expectAt(long position, String ascii) throws IOException, JsonCursor.NotCanonical {
        expectAt(position, position + ascii.length(), ascii);
    }

    /** The bytes {@code [from, to)} are exactly {@code ascii}. */
    private void expectAt(long from, long to, String ascii) throws IOException, JsonCursor.NotCanonical {
        if (to - from != ascii.length()
                || !new String(bytes(file, from, to), StandardCharsets.ISO_8859_1).equals(ascii)) {
            throw new JsonCursor.NotCanonical("expected " + ascii.replace("\n", "\\n") + " at " + from);
        }
    }

    private static byte[] bytes(FileChannel file, long from, long to) throws IOException {
        byte[] bytes = new byte[(int) (to - from)];
        readFully(file, bytes, 0, bytes.length, from);
        return bytes;
    }

    private static void readFully(FileChannel file, byte[] into, int offset, int length, long position)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position() - offset) < 0) {
                throw new IOException("the registry file ended while it was being read");
            }
        }
    }

    private static void write(WritableByteChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }
}
