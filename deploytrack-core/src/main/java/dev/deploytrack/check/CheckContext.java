package dev.deploytrack.check;

import dev.deploytrack.discovery.AgentFiles;
import dev.deploytrack.fix.Fix;
import dev.deploytrack.fix.Fixes;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.ParsedJson;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.source.IoProblems;
import dev.deploytrack.source.SourceText;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What a {@link Check} works with: the workspace, the agent files found in it, and the collector for findings.
 * Reading goes through here so that every check treats unreadable, oversized, binary and mis-encoded files the same
 * way, each file is decoded once per run, and a failure on one file never stops the others.
 */
public final class CheckContext {

    private final Workspace workspace;
    private final AgentFiles agentFiles;
    private final FindingCollector findings;
    private final long maxFileSize;
    private final Fixes fixes;
    private final ParsedJson json;
    private final Map<String, Optional<SourceText>> texts = new HashMap<>();

    public CheckContext(Workspace workspace, AgentFiles agentFiles, FindingCollector findings, long maxFileSize) {
        this(workspace, agentFiles, findings, maxFileSize, null);
    }

    /** A context that also collects the fixes rules offer ({@code validate --fix}); {@code fixes} may be null. */
    public CheckContext(Workspace workspace, AgentFiles agentFiles, FindingCollector findings, long maxFileSize,
                        Fixes fixes) {
        this(workspace, agentFiles, findings, maxFileSize, fixes, new ParsedJson());
    }

    /**
     * A context whose JSON files are parsed through {@code json}, the run's cache that discovery filled (so a plugin
     * manifest is parsed once per run, however many rules read it).
     */
    public CheckContext(Workspace workspace, AgentFiles agentFiles, FindingCollector findings, long maxFileSize,
                        Fixes fixes, ParsedJson json) {
        this.json = json;
        this.workspace = workspace;
        this.agentFiles = agentFiles;
        this.findings = findings;
        this.maxFileSize = maxFileSize;
        this.fixes = fixes;
    }

    public Workspace workspace() {
        return workspace;
    }

    public AgentFiles agentFiles() {
        return agentFiles;
    }

    public FindingCollector findings() {
        return findings;
    }

    /** Files larger than this are not read as text ({@link FileRules#TOO_LARGE}). */
    public long maxFileSize() {
        return maxFileSize;
    }

    public void report(Rule rule, String path, int line, int column, String message, String hint) {
        findings.add(Finding.of(rule, path, line, column, message).withHint(hint));
    }

    /**
     * Reports at {@code severity} instead of the rule's default, where the rule documents a severity per case
     * (configuration still overrides it).
     */
    public void report(Rule rule, Severity severity, String path, int line, int column, String message,
                       String hint) {
        findings.add(Finding.of(rule, path, line, column, message).withSeverity(severity).withHint(hint));
    }

    /**
     * Whether this run collects fixes. A rule builds its {@link Fix} only when this is true, so a plain run (the
     * pre-commit hook) neither computes nor loads any fix code.
     */
    public boolean fixing() {
        return fixes != null;
    }

    /** Where fixes go in this run, or null when it collects none ({@link #fixing()}). */
    public Fixes fixes() {
        return fixes;
    }

    /** Offers the fix for a finding just reported (a file out of scope, or a null fix, is ignored). */
    public void offer(Fix fix) {
        if (fixes != null && fix != null && workspace.inScope(fix.path())) {
            fixes.offer(fix);
        }
    }

    /** Whether {@code rule} reports at all in this run (not switched off), so a check may skip its work. */
    public boolean isEnabled(Rule rule) {
        return findings.policy().isEnabled(rule);
    }

    /**
     * The decoded text of {@code path}, or empty when it cannot be checked as text; the reason is reported once.
     * Invalid UTF-8 is reported as a warning and the text is still returned.
     */
    public Optional<SourceText> text(String path) {
        Optional<SourceText> cached = texts.get(path);
        if (cached == null) {
            cached = load(path);
            texts.put(path, cached);
        }
        return cached;
    }

    private Optional<SourceText> load(String path) {
        // A file read only as context (out of scope, e.g. not staged) is read quietly: its problems are not this
        // run's to report.
        boolean inScope = workspace.inScope(path);
        FindingCollector findings = inScope ? this.findings : new FindingCollector(this.findings.policy());
        findings.checked(path);
        byte[] bytes;
        try {
            long size = workspace.size(path);
            if (size > maxFileSize) {
                findings.add(Finding.of(FileRules.TOO_LARGE, path, 1, 1, "file is " + Sizes.describe(size)
                        + ", over the " + Sizes.describe(maxFileSize) + " limit; not checked")
                        .withHint("raise max-file-size in deploytrack.yml if the file is meant to be this large"));
                return Optional.empty();
            }
            bytes = workspace.read(path);
        } catch (IOException e) {
            findings.add(Finding.of(FileRules.UNREADABLE, path, 1, 1, "cannot read the file: "
                    + IoProblems.describe(e)).withHint(IoProblems.hint(e)));
            return Optional.empty();
        } catch (RuntimeException e) {
            findings.add(Finding.of(FileRules.UNREADABLE, path, 1, 1, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
        SourceText text = SourceText.decode(bytes);
        if (text.isBinary()) {
            findings.add(Finding.of(FileRules.BINARY, path, 1, 1, "the file holds binary content (NUL bytes); "
                    + "expected text").withHint("restore the text version of the file, or exclude it in deploytrack.yml"));
            return Optional.empty();
        }
        if (!StandardCharsets.UTF_8.equals(text.charset())) {
            findings.add(Finding.of(FileRules.ENCODING, path, 1, 1, "the file is encoded as " + text.charset().name()
                    + ", not UTF-8; agent tools read UTF-8").withHint("save the file as UTF-8"));
        }
        if (text.hasMalformedInput()) {
            int offset = text.firstMalformedOffset();
            findings.add(Finding.of(FileRules.ENCODING, path, text.lines().line(offset), text.lines().column(offset),
                    "the file is not valid UTF-8; invalid bytes were read as U+FFFD").withHint("save the file as UTF-8"));
        }
        return Optional.of(text);
    }

    /**
     * The JSON of {@code path} as {@code dialect} reads it, parsed once per run; empty when the file cannot be read
     * as text (reported as {@link #text} reports it).
     */
    public Optional<JsonFiles.Parsed> json(String path, JsonFiles.Dialect dialect) {
        return text(path).map(text -> json.parse(path, text.text(), dialect));
    }

    /**
     * Runs {@code action} on the text of each path that is in the workspace's scope and can be read. An unexpected
     * exception while checking one file becomes an {@link FileRules#INTERNAL_ERROR} finding on that file and the next
     * file is checked.
     */
    public void forEachText(List<String> paths, BiConsumer<String, SourceText> action) {
        for (String path : paths) {
            if (!workspace.inScope(path)) {
                continue;
            }
            Optional<SourceText> text = text(path);
            if (text.isEmpty()) {
                continue;
            }
            try {
                action.accept(path, text.get());
            } catch (RuntimeException | StackOverflowError e) {
                reportInternalError(path, e);
            }
        }
    }

    /** Records that checking {@code path} failed unexpectedly, without a stack trace in the user's face. */
    public void reportInternalError(String path, Throwable e) {
        report(FileRules.INTERNAL_ERROR, path, 1, 1, "deploytrack could not check this file ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "); the other files were checked", "please report this with the file that caused it");
    }
}
