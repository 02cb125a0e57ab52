package dev.deploytrack.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Encodes a registry in its schema version. Projects that did not change and the history entries that were already in
 * the file are copied from the bytes the registry was read from; only the header, changed projects, new history
 * entries, approvals and statistics are serialized. The result is the same JSON as a full serialization would give
 * for everything that changed, and the original text for everything that did not, which keeps a write against a
 * registry of 100,000 entries in the tens of milliseconds (see bench/registry).
 */
final class RegistryWriter {

    private static final String ELEMENT_SEPARATOR = ",\n    ";

    private final Registry registry;
    private final ObjectWriter writer;
    private final byte[] source;
    private final RegistryPrettyPrinter indented = new RegistryPrettyPrinter(2, false);
    private final RegistryPrettyPrinter oneLine = new RegistryPrettyPrinter(2, true);
    private final RegistryPrettyPrinter topLevel = new RegistryPrettyPrinter(1, false);

    private RegistryWriter(Registry registry) {
        this.registry = registry;
        Class<?> view = registry.schemaVersion() == SchemaVersion.V1
                ? SchemaVersion.Views.V1.class : SchemaVersion.Views.V2.class;
        this.writer = RegistryJson.mapper().writerWithView(view)
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.source = registry.source();
    }

    /** The encoded file and where its elements are, for the registry to adopt once the file is on disk. */
    record Encoded(byte[] bytes, int length, int[][] projectRanges, int historyCount, int historyStart,
                   int historyEnd) {

        /** Makes these bytes the registry's source: the next write copies from them. */
        void adoptInto(Registry registry) {
            List<ProjectEntry> projects = registry.projects();
            for (int i = 0; i < projects.size(); i++) {
                projects.get(i).source(i, projectRanges[i][0], projectRanges[i][1]);
            }
            registry.source(bytes, historyCount, historyStart, historyEnd);
        }
    }

    static Encoded encode(Registry registry) throws IOException {
        return new RegistryWriter(registry).encode();
    }

    private Encoded encode() throws IOException {
        int estimate = source == null ? 1 << 16 : source.length + (1 << 16);
        ByteSink out = new ByteSink(estimate);
        try (JsonGenerator g = RegistryJson.mapper().getFactory().createGenerator(out)) {
            out.ascii("{\n  \"registry_version\": ");
            value(g, out, registry.registryVersion(), topLevel);
            out.ascii(",\n  \"last_updated\": ");
            value(g, out, registry.lastUpdated(), topLevel);

            out.ascii(",\n  \"projects\": ");
            List<ProjectEntry> projects = registry.projects();
            int[][] projectRanges = new int[projects.size()][];
            out.ascii(projects.isEmpty() ? "[]" : "[\n    ");
            for (int i = 0; i < projects.size(); i++) {
                if (i > 0) {
                    out.ascii(ELEMENT_SEPARATOR);
                }
                ProjectEntry project = projects.get(i);
                int start = out.position();
                if (source != null && project.sourceIndex() >= 0) {
                    out.write(source, project.sourceStart(), project.sourceEnd() - project.sourceStart());
                } else {
                    value(g, out, project, indented);
                }
                projectRanges[i] = new int[] {start, out.position()};
            }
            out.ascii(projects.isEmpty() ? "" : "\n  ]");

            out.ascii(",\n  \"deployment_history\": ");
            List<HistoryEntry> history = registry.history();
            out.ascii(history.isEmpty() ? "[]" : "[\n    ");
            int historyStart = out.position();
            int copied = registry.historySourceCount();
            if (copied > 0) {
                out.write(source, registry.historySourceStart(),
                        registry.historySourceEnd() - registry.historySourceStart());
            }
            for (int i = copied; i < history.size(); i++) {
                if (i > 0) {
                    out.ascii(ELEMENT_SEPARATOR);
                }
                value(g, out, history.get(i), oneLine);
            }
            int historyEnd = out.position();
            out.ascii(history.isEmpty() ? "" : "\n  ]");

            if (registry.schemaVersion() != SchemaVersion.V1 && !registry.approvals().isEmpty()) {
                out.ascii(",\n  \"approvals\": [\n    ");
                List<Approval> approvals = registry.approvals();
                for (int i = 0; i < approvals.size(); i++) {
                    if (i > 0) {
                        out.ascii(ELEMENT_SEPARATOR);
                    }
                    value(g, out, approvals.get(i), oneLine);
                }
                out.ascii("\n  ]");
            }

            out.ascii(",\n  \"statistics\": ");
            value(g, out, registry.statistics(), topLevel);
            for (Map.Entry<String, ?> extra : registry.extra().entrySet()) {
                out.ascii(",\n  ");
                value(g, out, extra.getKey(), topLevel);
                out.ascii(": ");
                value(g, out, extra.getValue(), topLevel);
            }
            out.ascii("\n}\n");
            return new Encoded(out.array(), out.position(), projectRanges, history.size(), historyStart,
                    historyEnd);
        }
    }

    /** Serializes one value at the sink's position, laid out by {@code printer}. */
    private void value(JsonGenerator g, ByteSink out, Object value, RegistryPrettyPrinter printer)
            throws IOException {
        g.setPrettyPrinter(printer);
        writer.writeValue(g, value);
        g.flush();
    }
}
