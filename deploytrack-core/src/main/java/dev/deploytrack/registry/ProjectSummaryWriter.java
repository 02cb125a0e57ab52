package dev.deploytrack.registry;

import dev.deploytrack.report.MarkdownText;
import dev.deploytrack.source.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code by-project/<project>.md}, the page a person opens to see what runs in a project: path, first
 * deployment, last sync, testimony status, a table of agents and the latest changes. Derived from the registry on
 * every write that touches the project, so it is never edited by hand, except for its {@code ## Notes} section:
 * everything from that heading to the end of the file is kept across rewrites.
 */
public final class ProjectSummaryWriter {

    /** The heading that starts the part of the summary people write. */
    public static final String NOTES_HEADING = "## Notes";

    private static final String DEFAULT_NOTES = NOTES_HEADING + "\n\n"
            + "_Anything below this heading is kept when deploytrack rewrites this file._\n";
    private static final int RECENT_CHANGES = 5;
    /** A page is a short text; anything larger is not read. */
    private static final long MAX_PAGE_SIZE = 4L << 20;

    private final Path directory;
    private final RegistrySettings settings;
    private final String registryName;

    /**
     * @param directory    the {@code by-project} directory
     * @param registryName how the summary names the registry it was generated from
     */
    public ProjectSummaryWriter(Path directory, RegistrySettings settings, String registryName) {
        this.directory = directory;
        this.settings = settings;
        this.registryName = registryName;
    }

    /**
     * Refuses, before the registry is written, to write a page through a symbolic link: a pages directory that is a
     * link (the pages would be written wherever it points, outside the repository) or a page that is one (its
     * target's notes would be copied into the repository). Something that is not a directory or a regular file is
     * refused too.
     *
     * @param displayRoot how messages name the directory holding {@code by-project} (e.g. {@code deployments/})
     */
    public void checkPlace(String projectName, String displayRoot) throws RegistryException {
        try {
            requirePlace(fileOf(projectName));
        } catch (PlaceException e) {
            throw new RegistryException(displayRoot + e.display, e.getMessage(), e.hint + "; nothing was written");
        }
    }

    /** A page or the pages directory is not a place deploytrack writes to. */
    private static final class PlaceException extends IOException {

        private static final long serialVersionUID = 1L;

        final String display;
        final String hint;

        PlaceException(String display, String problem, String hint) {
            super(display + " " + problem);
            this.display = display;
            this.hint = hint;
        }
    }

    private void requirePlace(Path page) throws PlaceException {
        String directoryName = directory.getFileName().toString();
        BasicFileAttributes pages = attributes(directory);
        if (pages != null && pages.isSymbolicLink()) {
            throw new PlaceException(directoryName, "is a symbolic link; deploytrack writes project pages only "
                    + "into a directory of its own, never through a link", "replace the link with a directory "
                    + "holding the pages");
        }
        if (pages != null && !pages.isDirectory()) {
            throw new PlaceException(directoryName, "is not a directory; it holds the project pages",
                    "move it away");
        }
        BasicFileAttributes file = attributes(page);
        String pageName = directoryName + "/" + page.getFileName();
        if (file != null && file.isSymbolicLink()) {
            throw new PlaceException(pageName, "is a symbolic link; deploytrack never reads or writes a project "
                    + "page through a link", "replace the link with a regular file holding the page's notes");
        }
        if (file != null && !file.isRegularFile()) {
            throw new PlaceException(pageName, "is not a regular file", "move it away; deploytrack writes the "
                    + "project's page there");
        }
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null; // absent (or unreadable, which the write then reports)
        }
    }

    /** The summary file of a project: its safe name inside the directory, whatever the project is called. */
    public Path fileOf(String projectName) {
        return SafeFileName.resolve(directory, projectName, ".md");
    }

    /** Rewrites the summaries of {@code projects}, with one pass over the history for all of them. */
    public void write(Registry registry, Collection<ProjectEntry> projects) throws IOException {
        Map<String, Deque<HistoryEntry>> recent = new HashMap<>();
        for (ProjectEntry project : projects) {
            recent.put(project.name(), new ArrayDeque<>());
        }
        List<HistoryEntry> history = registry.history();
        int complete = 0;
        for (int i = history.size() - 1; i >= 0 && complete < recent.size(); i--) {
            HistoryEntry entry = history.get(i);
            Deque<HistoryEntry> entries = recent.get(entry.project());
            if (entries != null && entries.size() < RECENT_CHANGES) {
                entries.addFirst(entry);
                if (entries.size() == RECENT_CHANGES) {
                    complete++; // stop once every project has its latest changes
                }
            }
        }
        for (ProjectEntry project : projects) {
            if (project.name() == null) {
                continue;
            }
            Path file = fileOf(project.name());
            requirePlace(file); // again, under the lock: a link made since the check is not followed either
            String content = render(project, recent.get(project.name())) + notes(file);
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, bytes, bytes.length);
        }
    }

    String render(ProjectEntry project, Collection<HistoryEntry> recent) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(MarkdownText.text(project.name())).append("\n\n");
        out.append("<!-- Generated by deploytrack from ").append(MarkdownText.comment(registryName))
                .append(" on every write. Edit only the Notes section: it is kept. -->\n\n");
        out.append("- **Path:** ").append(project.path() == null ? "—" : MarkdownText.code(project.path()))
                .append('\n');
        out.append("- **First deployed:** ").append(MarkdownText.orDash(project.deployedAt())).append('\n');
        out.append("- **Last sync:** ").append(project.lastSync() == null ? "never"
                : MarkdownText.text(project.lastSync())).append('\n');
        out.append("- **Testimony:** ").append(testimony(project)).append("\n\n");

        out.append("## Agents\n\n");
        List<AgentDeployment> agents = new ArrayList<>(project.agents());
        agents.sort(new ByIdThenEnvironment());
        if (agents.isEmpty()) {
            out.append("No agents deployed.\n\n");
        } else {
            out.append("| Agent | Environment | Version | Deployed | Updated | Testimony |\n");
            out.append("| --- | --- | --- | --- | --- | --- |\n");
            for (AgentDeployment agent : agents) {
                out.append("| ").append(MarkdownText.text(agent.id()))
                        .append(" | ").append(MarkdownText.orDash(agent.environment()))
                        .append(" | ").append(MarkdownText.orDash(agent.version()))
                        .append(" | ").append(MarkdownText.orDash(agent.deployedAt()))
                        .append(" | ").append(MarkdownText.orDash(agent.updatedAt()))
                        .append(" | ").append(agent.testimonyCollected()
                                ? "collected " + MarkdownText.orDash(agent.lastSync()) : "not collected")
                        .append(" |\n");
            }
            out.append('\n');
        }
        if (recent != null && !recent.isEmpty()) {
            out.append("## Latest changes\n\n");
            for (HistoryEntry entry : recent) {
                out.append("- ").append(MarkdownText.orDash(entry.timestamp())).append(": ");
                if (entry.isComponentDeployment()) {
                    out.append(MarkdownText.text(entry.component())).append(" deployed ").append(MarkdownText
                            .text(entry.version() != null ? entry.version() : shortCommit(entry.gitCommit())));
                } else {
                    out.append(MarkdownText.text(entry.agent())).append(' ')
                            .append(MarkdownText.text(String.valueOf(entry.action()).replace('_', ' ')))
                            .append(' ').append(MarkdownText.text(entry.version()));
                }
                if (entry.environment() != null) {
                    out.append(" in ").append(MarkdownText.text(entry.environment()));
                }
                if (entry.actor() != null) {
                    out.append(" by ").append(MarkdownText.text(entry.actor().toString()));
                }
                if (entry.emergency()) {
                    out.append(" (emergency override)");
                }
                if (entry.reason() != null) {
                    out.append(" — ").append(MarkdownText.text(entry.reason()));
                }
                if (entry.isRequest()) {
                    out.append(" (request ").append(MarkdownText.text(entry.request())).append(')');
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String shortCommit(String commit) {
        return commit == null ? "" : commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    private static String testimony(ProjectEntry project) {
        int collected = 0;
        for (AgentDeployment agent : project.agents()) {
            collected += agent.testimonyCollected() ? 1 : 0;
        }
        String status = project.agents().isEmpty() ? "no agents"
                : collected == 0 ? "not collected"
                : collected == project.agents().size() ? "collected for all " + collected + " agents"
                : "collected for " + collected + " of " + project.agents().size() + " agents";
        return project.testimonyFile() == null ? status
                : status + "; latest copy " + MarkdownText.code(project.testimonyFile());
    }

    /**
     * Agents by id, then by environment in promotion order. A class rather than {@code Comparator.comparing}: every
     * record-deployment writes a summary, often in a JVM that has just started, where each lambda costs a little.
     */
    private final class ByIdThenEnvironment implements Comparator<AgentDeployment> {

        @Override
        public int compare(AgentDeployment a, AgentDeployment b) {
            int byId = String.valueOf(a.id()).compareTo(String.valueOf(b.id()));
            return byId != 0 ? byId : Integer.compare(settings.order(a.environment()), settings.order(b.environment()));
        }
    }

    /** The existing notes section, from its heading to the end, or a fresh one; never read through a link. */
    String notes(Path file) throws IOException {
        Optional<byte[]> page = InputFiles.readIfPresent(directory, file, directory.getFileName() + "/"
                + file.getFileName(), "the project page", MAX_PAGE_SIZE);
        if (page.isEmpty()) {
            return DEFAULT_NOTES;
        }
        String existing = new String(page.get(), StandardCharsets.UTF_8);
        int at = 0;
        while (at < existing.length()) {
            int end = existing.indexOf('\n', at);
            String line = (end < 0 ? existing.substring(at) : existing.substring(at, end)).stripTrailing();
            if (line.equals(NOTES_HEADING)) {
                String notes = existing.substring(at);
                return notes.endsWith("\n") ? notes : notes + "\n";
            }
            if (end < 0) {
                break;
            }
            at = end + 1;
        }
        return DEFAULT_NOTES;
    }
}
