package dev.deploytrack.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes a registry in its schema version. Projects that did not change and the history entries that were already in
 * the file are not serialized again: the encoding refers to their bytes in the source (the file the registry was
 * read from, or last written as), and only the header, changed projects, new history entries, approvals and
 * statistics are serialized. A run of unchanged neighbours is one range, so a write against a registry of 100,000
 * entries copies a few large ranges (in the kernel, when the source is the file) instead of building the whole text
 * in memory. The result is the same JSON a full serialization would give.
 */
final class RegistryWriter {

    private static final String ELEMENT_SEPARATOR = ",\n    ";

    private final Registry registry;
    private final boolean copySource;
    private final List<Segment> segments = new ArrayList<>();
    private final ByteSink pending = new ByteSink(8192);
    private long position;

    private RegistryWriter(Registry registry, boolean copySource) {
        this.registry = registry;
        this.copySource = copySource && registry.hasSource();
    }

    /** A piece of the output: new bytes, or a range of the source. */
    sealed interface Segment permits Bytes, SourceRange {
    }

    record Bytes(byte[] array, int length) implements Segment {
    }

    record SourceRange(long start, long length) implements Segment {
    }

    /** Where the encoded bytes come from when they are not new: the source file, or source bytes in memory. */
    interface Source {

        void copy(long start, long length, WritableByteChannel out) throws IOException;

        static Source of(byte[] bytes) {
            return (start, length, out) -> {
                ByteBuffer slice = ByteBuffer.wrap(bytes, (int) start, (int) length);
                while (slice.hasRemaining()) {
                    out.write(slice);
                }
            };
        }

        /** Copies in the kernel where the platform can (sendfile, copy_file_range): no pass through the heap. */
        static Source of(FileChannel file) {
            return (start, length, out) -> {
                long done = 0;
                while (done < length) {
                    long copied = file.transferTo(start + done, length - done, out);
                    if (copied <= 0) {
                        throw new IOException("the registry file ended while it was being copied");
                    }
                    done += copied;
                }
            };
        }
    }

    /** The encoded file and where its elements are, for the registry to adopt once the file is on disk. */
    record Encoded(List<Segment> segments, long length, long[][] projectRanges, int historyCount, long historyStart,
                   long historyEnd) {

        void writeTo(WritableByteChannel out, Source source) throws IOException {
            for (Segment segment : segments) {
                if (segment instanceof Bytes bytes) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes.array(), 0, bytes.length());
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                } else if (segment instanceof SourceRange range) {
                    source.copy(range.start(), range.length(), out);
                }
            }
        }

        /** Makes the written file the registry's source: the next write refers to its bytes. */
        void adoptInto(Registry registry) {
            List<ProjectEntry> projects = registry.projects();
            for (int i = 0; i < projects.size(); i++) {
                projects.get(i).source(i, projectRanges[i][0], projectRanges[i][1]);
            }
            registry.sourceIsFile(historyCount, historyStart, historyEnd);
        }
    }

    /**
     * @param copySource refer to the source for unchanged elements (when the registry has one); {@code false}
     *                   serializes everything
     */
    static Encoded encode(Registry registry, boolean copySource) {
        return new RegistryWriter(registry, copySource).encode();
    }

    private Encoded encode() {
        SchemaVersion schema = registry.schemaVersion();
        pending.ascii("{\n  \"registry_version\": ");
        topLevel().string(registry.registryVersion());
        pending.ascii(",\n  \"last_updated\": ");
        topLevel().string(registry.lastUpdated());

        pending.ascii(",\n  \"projects\": ");
        List<ProjectEntry> projects = registry.projects();
        long[][] projectRanges = new long[projects.size()][];
        pending.ascii(projects.isEmpty() ? "[]" : "[\n    ");
        ProjectEntry previous = null;
        for (int i = 0; i < projects.size(); i++) {
            ProjectEntry project = projects.get(i);
            boolean copy = copySource && project.sourceIndex() >= 0;
            if (copy && previous != null && previous.sourceIndex() >= 0
                    && project.sourceIndex() == previous.sourceIndex() + 1) {
                // The neighbour in the source too: extend the range over the source's own separator.
                long start = position() + (project.sourceStart() - previous.sourceEnd());
                reference(previous.sourceEnd(), project.sourceEnd() - previous.sourceEnd());
                projectRanges[i] = new long[] {start, position};
            } else {
                if (i > 0) {
                    pending.ascii(ELEMENT_SEPARATOR);
                }
                long start = position();
                if (copy) {
                    reference(project.sourceStart(), project.sourceEnd() - project.sourceStart());
                } else {
                    project.write(new JsonEncoder(pending, 2, false), schema);
                }
                projectRanges[i] = new long[] {start, position()};
            }
            previous = copy ? project : null;
        }
        pending.ascii(projects.isEmpty() ? "" : "\n  ]");

        pending.ascii(",\n  \"deployment_history\": ");
        List<HistoryEntry> history = registry.history();
        pending.ascii(history.isEmpty() ? "[]" : "[\n    ");
        long historyStart = position();
        int copied = copySource ? registry.historySourceCount() : 0;
        if (copied > 0) {
            reference(registry.historySourceStart(), registry.historySourceEnd() - registry.historySourceStart());
        }
        for (int i = copied; i < history.size(); i++) {
            if (i > 0) {
                pending.ascii(ELEMENT_SEPARATOR);
            }
            history.get(i).write(new JsonEncoder(pending, 2, true), schema);
        }
        long historyEnd = position();
        pending.ascii(history.isEmpty() ? "" : "\n  ]");

        if (schema != SchemaVersion.V1 && !registry.approvals().isEmpty()) {
            pending.ascii(",\n  \"approvals\": [\n    ");
            List<Approval> approvals = registry.approvals();
            for (int i = 0; i < approvals.size(); i++) {
                if (i > 0) {
                    pending.ascii(ELEMENT_SEPARATOR);
                }
                approvals.get(i).write(new JsonEncoder(pending, 2, true));
            }
            pending.ascii("\n  ]");
        }

        pending.ascii(",\n  \"statistics\": ");
        registry.statistics().write(topLevel(), schema);
        for (Map.Entry<String, Object> extra : registry.extra().entrySet()) {
            pending.ascii(",\n  ");
            JsonEncoder.fieldName(extra.getKey(), pending);
            topLevel().extra(extra.getValue());
        }
        pending.ascii("\n}\n");
        closePending();
        return new Encoded(List.copyOf(segments), position, projectRanges, history.size(), historyStart,
                historyEnd);
    }

    private JsonEncoder topLevel() {
        return new JsonEncoder(pending, 1, false);
    }

    /** The position in the output of the next byte. */
    private long position() {
        return position + pending.position();
    }

    private void reference(long start, long length) {
        closePending();
        segments.add(new SourceRange(start, length));
        position += length;
    }

    private void closePending() {
        if (pending.position() > 0) {
            segments.add(new Bytes(pending.array(), pending.position()));
            position += pending.position();
            pending.reset();
        }
    }
}
