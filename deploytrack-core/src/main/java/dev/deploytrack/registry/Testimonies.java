package dev.deploytrack.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/** How a testimony is named, checksummed and recognised as filed already, the same on every backend. */
final class Testimonies {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Testimonies() {
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether this report (by its SHA-256) is the project's latest testimony and every agent it covers is marked
     * collected already: filing it again would change nothing but times, so it is not filed again (a CI step re-run).
     */
    static boolean alreadyFiled(ProjectEntry project, String sha256, Set<String> agentIds) {
        if (project.testimonyFile() == null || !sha256.equals(project.testimonySha256())) {
            return false;
        }
        for (AgentDeployment agent : project.agents()) {
            if ((agentIds.isEmpty() || agentIds.contains(agent.id())) && !agent.testimonyCollected()) {
                return false;
            }
        }
        return true;
    }

    /** How many of the project's agent entries a testimony for {@code agentIds} covers. */
    static int covered(ProjectEntry project, Set<String> agentIds) {
        int covered = 0;
        for (AgentDeployment agent : project.agents()) {
            covered += agentIds.isEmpty() || agentIds.contains(agent.id()) ? 1 : 0;
        }
        return covered;
    }

    /**
     * {@code <directory>/<safe project name>-<time>.<ext>}, or with {@code -2}, {@code -3}... when the shelf holds
     * that path already: nothing from the input path but a safe extension.
     */
    static String freePath(TestimonyShelf shelf, String directory, String project, Path source, Instant at)
            throws IOException {
        String fileName = source.getFileName() == null ? "" : source.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String extension = dot >= 0 && fileName.substring(dot + 1).matches("[A-Za-z0-9]{1,8}")
                ? fileName.substring(dot).toLowerCase(Locale.ROOT) : ".md";
        String stem = directory + "/" + SafeFileName.of(project) + "-" + FILE_TIME.format(at);
        String path = stem + extension;
        for (int n = 2; shelf.holds(path); n++) {
            path = stem + "-" + n + extension;
        }
        return path;
    }
}
