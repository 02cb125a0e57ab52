package dev.deploytrack.fix;

import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.report.Report;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.validate.Validator;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code validate --fix}, for both front doors: validates the repository asking the rules for fixes, applies the
 * certain ones (and with {@code unsafe} the others) in memory, validates the result again and repeats until no rule
 * offers more (a fix may reveal what the broken file hid), then writes each changed file once, atomically, if it
 * still holds what was read. {@link #plan} changes nothing (what {@code --dry-run} shows); {@link #apply} writes.
 */
public final class Fixer {

    /** Fixes that reveal further fixes settle in a few passes; this bounds a pair of rules undoing each other. */
    static final int MAX_PASSES = 10;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final DeploytrackConfig config;
    private final boolean unsafe;

    /**
     * @param unsafe whether unsafe fixes ({@code --fix-unsafe}) are applied too
     */
    public Fixer(DeploytrackConfig config, boolean unsafe) {
        this.config = config;
        this.unsafe = unsafe;
    }

    /** One file as the fixes leave it. */
    public record Change(String path, byte[] before, byte[] after, String beforeText, String afterText) {

        /** The unified diff of the change (what {@code --dry-run} prints). */
        public String diff() {
            return UnifiedDiff.of(path, beforeText, afterText);
        }
    }

    /** A file deploytrack did not fix, and why. */
    public record Refusal(String path, String reason) {
    }

    /**
     * What fixing would do: the changed files, the renames, the fixes applied, the files refused, and the findings
     * that would be left.
     */
    public record Plan(Path root, List<Change> changes, List<Fix> renames, List<Fix> applied, List<Refusal> refused,
                       Report remaining, int unsafeNotApplied) {

        /**
         * What to say about the unsafe fixes left out (each front door words the settings), or null when there are
         * none.
         */
        public Message unsafeRemedy() {
            if (unsafeNotApplied == 0) {
                return null;
            }
            return Message.of(unsafeNotApplied + (unsafeNotApplied == 1 ? " unsafe fix was" : " unsafe fixes were")
                    + " not applied (they may change what a file means, or rename files); review them with ",
                    Message.option(Setting.FIX_UNSAFE, null), " ", Message.option(Setting.DRY_RUN, null),
                    " and apply them with ", Message.option(Setting.FIX_UNSAFE, null));
        }
    }

    /** What {@link #apply} wrote, renamed and refused. */
    public record Outcome(List<String> written, List<Fix> renamed, List<Refusal> refused) {
    }

    /** Plans the fixes of the repository (a directory) or the single file at {@code target}; writes nothing. */
    public Plan plan(Path target) throws IOException {
        Workspace workspace = Files.isRegularFile(target) ? DirectoryWorkspace.singleFile(target)
                : DirectoryWorkspace.scan(target, config.excludes(), config.maxDepth());
        return plan(workspace);
    }

    /** Plans the fixes of the files of {@code workspace}, whose root is where they are written. */
    public Plan plan(Workspace workspace) {
        Validator validator = new Validator(config);
        FileRewrite files = new FileRewrite(workspace.root(), config.excludes());
        Map<String, byte[]> changed = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, Original> originals = new HashMap<>();
        Map<String, Refusal> refused = new LinkedHashMap<>();
        Map<String, Fix> renames = new LinkedHashMap<>();
        List<Fix> applied = new ArrayList<>();
        Report remaining = null;
        int unsafeNotApplied = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            unsafeNotApplied = 0;
            Fixes fixes = new Fixes();
            remaining = validator.validate(new OverlayWorkspace(workspace, changed), fixes);
            Map<String, List<Fix>> byPath = new LinkedHashMap<>();
            for (Fix fix : fixes.offered()) {
                if (!fix.safe() && !unsafe) {
                    unsafeNotApplied++;
                    continue;
                }
                if (fix.rename() != null) {
                    renames.putIfAbsent(fix.rename().from(), fix);
                } else {
                    byPath.computeIfAbsent(fix.path(), key -> new ArrayList<>()).add(fix);
                }
            }
            boolean progress = false;
            for (Map.Entry<String, List<Fix>> entry : byPath.entrySet()) {
                String path = entry.getKey();
                if (refused.containsKey(path)) {
                    continue;
                }
                Original original = originals.get(path);
                if (original == null) {
                    String refusal = files.refusal(path);
                    original = refusal == null ? Original.read(workspace, path) : null;
                    if (original == null || original.refusal != null) {
                        refused.put(path, new Refusal(path, refusal != null ? refusal : original.refusal));
                        continue;
                    }
                    originals.put(path, original);
                }
                String current = texts.getOrDefault(path, original.text);
                List<TextEdit> accepted = new ArrayList<>();
                for (Fix fix : entry.getValue()) {
                    if (fix.original().equals(current) && !overlaps(fix.edits(), accepted)) {
                        accepted.addAll(fix.edits());
                        applied.add(fix);
                    }
                }
                String fixed = TextEdit.apply(current, accepted);
                if (!fixed.equals(current)) {
                    texts.put(path, fixed);
                    changed.put(path, original.encode(fixed));
                    progress = true;
                }
            }
            if (!progress) {
                break;
            }
            if (pass == MAX_PASSES - 1) {
                remaining = validator.validate(new OverlayWorkspace(workspace, changed));
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : changed.entrySet()) {
            Original original = originals.get(entry.getKey());
            if (!Arrays.equals(original.bytes, entry.getValue())) {
                changes.add(new Change(entry.getKey(), original.bytes, entry.getValue(), original.text,
                        texts.get(entry.getKey())));
            }
        }
        return new Plan(workspace.root(), List.copyOf(changes), List.copyOf(renames.values()), List.copyOf(applied),
                List.copyOf(refused.values()), remaining, unsafeNotApplied);
    }

    /** Writes the plan's files (each atomically, each only if unchanged since it was read), then its renames. */
    public Outcome apply(Plan plan) throws IOException {
        FileRewrite files = new FileRewrite(plan.root(), config.excludes());
        List<String> written = new ArrayList<>();
        List<Fix> renamed = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>(plan.refused());
        for (Change change : plan.changes()) {
            try {
                files.replace(change.path(), change.before(), change.after());
                written.add(change.path());
            } catch (FileRewrite.Refused e) {
                refused.add(new Refusal(change.path(), e.getMessage()));
            }
        }
        for (Fix rename : plan.renames()) {
            try {
                files.rename(rename.rename().from(), rename.rename().to());
                renamed.add(rename);
            } catch (FileRewrite.Refused e) {
                refused.add(new Refusal(rename.rename().from(), e.getMessage()));
            }
        }
        return new Outcome(List.copyOf(written), List.copyOf(renamed), List.copyOf(refused));
    }

    private static boolean overlaps(List<TextEdit> edits, List<TextEdit> accepted) {
        for (TextEdit edit : edits) {
            for (TextEdit other : accepted) {
                if (edit.overlaps(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A file as read before fixing: its bytes and text, or why deploytrack will not rewrite it. */
    private record Original(byte[] bytes, String text, boolean bom, String refusal) {

        static Original read(Workspace workspace, String path) {
            byte[] bytes;
            try {
                bytes = workspace.read(path);
            } catch (IOException e) {
                return new Original(null, null, false, "it cannot be read: " + e.getMessage());
            }
            SourceText source = SourceText.decode(bytes);
            Original original = new Original(bytes, source.text(), source.hasByteOrderMark(), null);
            // Only a file that decodes and encodes back to the same bytes is rewritten: every byte outside the
            // edits then stays as it was.
            if (!StandardCharsets.UTF_8.equals(source.charset()) || source.hasMalformedInput()
                    || !Arrays.equals(original.encode(source.text()), bytes)) {
                return new Original(bytes, null, false, "it is not valid UTF-8; deploytrack rewrites only UTF-8 "
                        + "files");
            }
            return original;
        }

        byte[] encode(String content) {
            byte[] encoded = content.getBytes(StandardCharsets.UTF_8);
            if (!bom) {
                return encoded;
            }
            byte[] withBom = Arrays.copyOf(BOM, BOM.length + encoded.length);
            System.arraycopy(encoded, 0, withBom, BOM.length, encoded.length);
            return withBom;
        }
    }
}
