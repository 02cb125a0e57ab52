package dev.deploytrack.fix;

import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A workspace whose files read as fixed so far: the fixes of one pass are validated, and the next pass computed, in
 * memory, before anything is written.
 */
final class OverlayWorkspace implements Workspace {

    private final Workspace base;
    private final Map<String, byte[]> changed;

    OverlayWorkspace(Workspace base, Map<String, byte[]> changed) {
        this.base = base;
        this.changed = changed;
    }

    @Override
    public Path root() {
        return base.root();
    }

    @Override
    public List<String> files() {
        return base.files();
    }

    @Override
    public long size(String path) throws IOException {
        byte[] content = changed.get(path);
        return content != null ? content.length : base.size(path);
    }

    @Override
    public byte[] read(String path) throws IOException {
        byte[] content = changed.get(path);
        return content != null ? content.clone() : base.read(path);
    }

    @Override
    public boolean inScope(String path) {
        return base.inScope(path);
    }

    @Override
    public List<SkippedFile> skipped() {
        return base.skipped();
    }
}
