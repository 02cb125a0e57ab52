package dev.deploytrack.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An agent's content at a commit, as drift compares it: the git object ids of its paths there (a directory's tree id
 * covers every file in it). Equal ids, equal content, wherever the agent lives; {@link #ABSENT} when none of its
 * paths exists at that commit.
 */
final class AgentContent {

    static final String ABSENT = "absent";

    private AgentContent() {
    }

    /** The {@code COMMIT:PATH} names to ask {@link GitHistory#objectIds} for. */
    static List<String> specs(String commit, List<String> paths) {
        List<String> specs = new ArrayList<>(paths.size());
        for (String path : paths) {
            specs.add(commit + ":" + GitHistory.stripSlash(path));
        }
        return specs;
    }

    /** The content of {@code paths} at {@code commit}, from the ids {@link GitHistory#objectIds} answered. */
    static String of(Map<String, String> ids, String commit, List<String> paths) {
        StringBuilder content = new StringBuilder();
        boolean any = false;
        for (String spec : specs(commit, paths)) {
            String id = ids.get(spec);
            any |= id != null;
            content.append(id == null ? "-" : id).append(';');
        }
        return any ? content.toString() : ABSENT;
    }
}
