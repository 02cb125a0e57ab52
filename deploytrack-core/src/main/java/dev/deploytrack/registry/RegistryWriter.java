package dev.deploytrack.registry;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Lays out a registry file: the top-level fields in a fixed order, projects indented, one line per entry of the
 * append-only lists, statistics, the fields a team added, and (2.0.0) the {@link RegistryChecksum checksum}. This
 * layout is what makes a file deploytrack wrote cheap to change: a write that trusts it ({@link RegistrySlice})
 * writes the same pieces with the same methods and copies the rest, and gives the same bytes as writing everything
 * here.
 *
 * <pre>
 * {
 *   "registry_version": "2.0.0",
 *   "last_updated": "...",
 *   "projects": [
 *     {
 *       ...one project, indented...
 *     },
 *     ...
 *   ],
 *   "deployment_history": [
 *     {...one entry...},
 *     ...
 *   ],
 *   "approvals": [          (2.0.0, only when there are any)
 *     {...one approval...}
 *   ],
 *   "statistics": {
 *     ...
 *   },
 *   "a_teams_own_field": ...,
 *   "checksum": "crc32c:..." (2.0.0)
 * }
 * </pre>
 */
final class RegistryWriter {

    /** Between two elements of a top-level list. */
    static final String ELEMENT_SEPARATOR = ",\n    ";
    /** Opens a top-level list that has elements; the first element follows. */
    static final String LIST_START = "[\n    ";
    /** Closes a top-level list that has elements. */
    static final String LIST_END = "\n  ]";
    static final String EMPTY_LIST = "[]";
    static final String HISTORY_FIELD = ",\n  \"deployment_history\": ";
    static final String APPROVALS_FIELD = ",\n  \"approvals\": ";
    static final String STATISTICS_FIELD = ",\n  \"statistics\": ";

    /** The top-level field a 2.0.0 file ends with; a 1.0.0 field of that name is not kept when migrating. */
    static final String CHECKSUM_FIELD = "checksum";

    private RegistryWriter() {
    }

    /** The whole file, in the registry's own schema version. */
    static ByteSink encode(Registry registry) {
        if (registry.isScoped()) {
            throw new IllegalStateException("a scoped registry is written by splicing it into its file");
        }
        SchemaVersion schema = registry.schemaVersion();
        ByteSink out = new ByteSink(1 << 16);
        header(out, registry.registryVersion(), registry.lastUpdated());
        list(out, registry.projects(), (sink, project) -> project(sink, project, schema));
        out.ascii(HISTORY_FIELD);
        list(out, registry.history(), (sink, entry) -> historyEntry(sink, entry, schema));
        if (schema != SchemaVersion.V1 && !registry.approvals().isEmpty()) {
            out.ascii(APPROVALS_FIELD);
            list(out, registry.approvals(), RegistryWriter::approval);
        }
        statistics(out, registry.statistics(), schema);
        for (Map.Entry<String, Object> extra : registry.extra().entrySet()) {
            if (schema != SchemaVersion.V1 && extra.getKey().equals(CHECKSUM_FIELD)) {
                continue; // a 1.0.0 file's own field of that name; 2.0.0 has its own
            }
            out.ascii(",\n  ");
            JsonEncoder.fieldName(extra.getKey(), out);
            new JsonEncoder(out, 1, false).extra(extra.getValue());
        }
        if (schema == SchemaVersion.V1) {
            out.ascii("\n}\n");
        } else {
            out.write(RegistryChecksum.trailer(RegistryChecksum.of(out.array(), 0, out.position())));
        }
        return out;
    }

    /** A top-level list: {@code []}, or one element per line. */
    private static <T> void list(ByteSink out, List<T> elements, BiConsumer<ByteSink, T> element) {
        out.ascii(elements.isEmpty() ? EMPTY_LIST : LIST_START);
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.ascii(ELEMENT_SEPARATOR);
            }
            element.accept(out, elements.get(i));
        }
        out.ascii(elements.isEmpty() ? "" : LIST_END);
    }

    /** From the opening brace to the value of {@code projects}, which follows. */
    static void header(ByteSink out, String registryVersion, String lastUpdated) {
        out.ascii("{\n  \"registry_version\": ");
        new JsonEncoder(out, 1, false).string(registryVersion);
        out.ascii(",\n  \"last_updated\": ");
        new JsonEncoder(out, 1, false).string(lastUpdated);
        out.ascii(",\n  \"projects\": ");
    }

    static void project(ByteSink out, ProjectEntry project, SchemaVersion schema) {
        project.write(new JsonEncoder(out, 2, false), schema);
    }

    static void historyEntry(ByteSink out, HistoryEntry entry, SchemaVersion schema) {
        entry.write(new JsonEncoder(out, 2, true), schema);
    }

    static void approval(ByteSink out, Approval approval) {
        approval.write(new JsonEncoder(out, 2, true));
    }

    /** The {@code statistics} field with the comma before it. */
    static void statistics(ByteSink out, Statistics statistics, SchemaVersion schema) {
        out.ascii(STATISTICS_FIELD);
        statistics.write(new JsonEncoder(out, 1, false), schema);
    }
}
