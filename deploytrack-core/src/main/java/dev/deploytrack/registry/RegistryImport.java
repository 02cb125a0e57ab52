package dev.deploytrack.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code registry import}: what a registry file adds to a registry, so that importing it twice changes nothing.
 * History entries and approvals are appended, in the file's order, unless the registry already holds the same
 * entry (the same line of JSON: every field, a team's own included; an entry the file has twice is added until
 * the registry has it twice). A project is taken from the file when the registry has none of that name: a project
 * the registry knows already keeps its state, which its own history has brought further. Fields a team added at the
 * top level or in the statistics are taken when the registry has none of that name. The statistics are then derived
 * anew by the store.
 */
public final class RegistryImport {

    private RegistryImport() {
    }

    /**
     * What one import did.
     *
     * @param projects    projects taken from the file
     * @param history     history entries appended
     * @param approvals   approvals appended
     * @param testimonies testimony reports kept (an import) or written (an export)
     * @param warnings    what was left out (an export: a report the registry points at but does not hold)
     */
    public record Imported(int projects, int history, int approvals, int testimonies, List<String> warnings) {

        public Imported {
            warnings = List.copyOf(warnings);
        }

        Imported(int projects, int history, int approvals) {
            this(projects, history, approvals, 0, List.of());
        }

        Imported withTestimonies(int count, List<String> problems) {
            return new Imported(projects, history, approvals, count, problems);
        }

        public boolean changedAnything() {
            return projects + history + approvals + testimonies > 0;
        }
    }

    /** Adds what {@code source} has and {@code target} lacks to {@code target}, which holds a whole registry. */
    static Imported merge(Registry target, Registry source) {
        int projects = 0;
        for (ProjectEntry project : source.projects()) {
            if (project.name() != null && target.project(project.name()).isEmpty()) {
                target.add(project);
                projects++;
            }
        }
        int history = appendMissing(target.history(), source.history(), RegistryJson::line, target::append);
        int approvals = appendMissing(target.approvals(), source.approvals(), RegistryJson::line, target::add);
        source.extra().forEach((name, value) -> {
            if (!target.extra().containsKey(name) && !name.equals(RegistryWriter.CHECKSUM_FIELD)) {
                target.put(name, value);
            }
        });
        source.statistics().extra().forEach((name, value) -> {
            if (!target.statistics().extra().containsKey(name)) {
                target.statistics().put(name, value);
            }
        });
        return new Imported(projects, history, approvals);
    }

    /**
     * Appends each element of {@code incoming} that {@code existing} does not hold (compared by their JSON lines,
     * counting repeats); returns how many.
     */
    private static <T> int appendMissing(List<T> existing, List<T> incoming, Function<T, String> line,
                                         Consumer<T> append) {
        Map<String, Integer> known = new HashMap<>();
        for (T element : existing) {
            known.merge(line.apply(element), 1, Integer::sum);
        }
        int added = 0;
        for (T element : List.copyOf(incoming)) {
            String text = line.apply(element);
            Integer count = known.get(text);
            if (count != null && count > 0) {
                known.put(text, count - 1);
            } else {
                append.accept(element);
                added++;
            }
        }
        return added;
    }
}
