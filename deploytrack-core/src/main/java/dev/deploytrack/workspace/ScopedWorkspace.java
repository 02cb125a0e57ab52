package dev.deploytrack.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A directory tree of which only some files are checked: the files the pre-commit framework names (with
 * {@code pre-commit run --all-files}, every tracked file), read as they are in the working tree. Every file of the
 * tree is still listed, so budgets that sum over files see the rest too, as the git index mode does.
 */
public final class ScopedWorkspace implements Workspace {

    private final Workspace tree;
    private final Set<String> scope;

    /**
     * @param scope the paths to check, relative to the tree's root with {@code /}; paths the tree does not list
     *              (excluded, deleted, outside the repository) are not checked
     */
    public ScopedWorkspace(Workspace tree, Set<String> scope) {
        this.tree = tree;
        this.scope = Set.copyOf(scope);
    }

    @Override
    public Path root() {
        return tree.root();
    }

    @Override
    public List<String> files() {
        return tree.files();
    }

    @Override
    public long size(String path) throws IOException {
        return tree.size(path);
    }

    @Override
    public byte[] read(String path) throws IOException {
        return tree.read(path);
    }

    @Override
    public boolean inScope(String path) {
        return scope.contains(path);
    }

    /** The named files that are checked: listed by the tree (excludes applied), sorted. */
    public List<String> checkedFiles() {
        return tree.files().stream().filter(scope::contains).toList();
    }

    @Override
    public List<SkippedFile> skipped() {
        return tree.skipped().stream().filter(file -> scope.contains(file.path())).toList();
    }
}
