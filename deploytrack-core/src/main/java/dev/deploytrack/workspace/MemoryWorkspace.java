package dev.deploytrack.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Files held in memory: for checking content that is not on disk, such as the launcher's class-loading training run. */
public final class MemoryWorkspace implements Workspace {

    private final Path root;
    private final Map<String, byte[]> files;

    private MemoryWorkspace(Path root, Map<String, byte[]> files) {
        this.root = root;
        this.files = files;
    }

    /** A workspace of files' bytes by relative path. */
    public static MemoryWorkspace ofBytes(Path root, Map<String, byte[]> contents) {
        Map<String, byte[]> files = new TreeMap<>();
        contents.forEach((path, bytes) -> files.put(path, bytes.clone()));
        return new MemoryWorkspace(root, files);
    }

    /** A workspace of UTF-8 texts by relative path. */
    public static MemoryWorkspace of(Path root, Map<String, String> texts) {
        Map<String, byte[]> files = new TreeMap<>();
        texts.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new MemoryWorkspace(root, files);
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public List<String> files() {
        return List.copyOf(files.keySet());
    }

    @Override
    public long size(String path) throws IOException {
        return content(path).length;
    }

    @Override
    public byte[] read(String path) throws IOException {
        return content(path).clone();
    }

    @Override
    public List<SkippedFile> skipped() {
        return List.of();
    }

    private byte[] content(String path) throws IOException {
        byte[] content = files.get(path);
        if (content == null) {
            throw new IOException(path + " is not a file of this workspace");
        }
        return content;
    }
}
