package dev.deploytrack.secrets;

import dev.deploytrack.source.LineIndex;
import dev.deploytrack.workspace.Glob;
import dev.deploytrack.workspace.ReadBuffer;
import dev.deploytrack.workspace.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The secret scanner: the core API behind {@code validate}, {@code scan}, the Maven goal and the pre-commit hook.
 * Scans one text ({@link #scanText}) or every file of a {@link Workspace} ({@link #scan}), returning matches that
 * carry no plaintext. One pass of the keyword automaton per file decides which detectors run at all; files are read
 * one at a time per thread, so memory stays bounded by the thread count times the largest file scanned.
 * Immutable and thread-safe.
 */
public final class SecretScanner {

    /** Extensions of files that are never text: skipped without being read. */
    private static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "tif", "tiff", "psd", "heic", "avif", "pdf", "zip",
            "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "jar", "war", "ear", "class", "so", "dll", "dylib", "exe",
            "bin", "o", "a", "lib", "obj", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "m4a", "mov", "avi",
            "mkv", "wav", "flac", "ogg", "webm", "pyc", "pyo", "whl", "db", "sqlite", "sqlite3", "parquet", "avro",
            "orc", "onnx", "pt", "pth", "safetensors", "h5", "npy", "npz", "pkl", "gguf", "wasm", "dmg", "iso",
            "deb", "rpm", "apk", "ipa");
    private static final int SMALL_SCAN = 32;

    private final Engine engine;
    private final SecretSettings settings;
    private final SecretHasher hasher;

    public SecretScanner(SecretSettings settings, SecretHasher hasher) {
        this.settings = settings;
        this.hasher = hasher;
        this.engine = Engine.of(settings);
    }

    /** A scanner with default settings and the default salt (tests, single texts). */
    public static SecretScanner defaults() {
        return new SecretScanner(SecretSettings.defaults(), SecretHasher.defaults());
    }

    public SecretSettings settings() {
        return settings;
    }

    public SecretHasher hasher() {
        return hasher;
    }

    /** The secrets in {@code text}, which is the content of {@code path} (used for file-type decisions and results). */
    public List<SecretMatch> scanText(String path, CharSequence content) {
        CharSequence[] scanned = {content};
        List<Candidate> candidates = engine.candidates(content, path, 0, scanned);
        if (candidates.isEmpty()) {
            return List.of();
        }
        CharSequence text = scanned[0]; // the decoded text when the bytes were not ASCII after all
        LineIndex lines = LineIndex.of(text);
        InlineAllow inlineAllow = new InlineAllow(text, lines);
        List<SecretMatch> matches = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (inlineAllow.isAllowed(candidate.start())) {
                continue;
            }
            matches.add(new SecretMatch(candidate.rule(), path, lines.line(candidate.start()),
                    lines.column(candidate.start()), Redaction.describe(candidate.secret(), candidate.knownPrefix()),
                    hasher.hash(candidate.rule().id(), candidate.secret()), candidate.context()));
        }
        return matches;
    }

    /** Scans every file of {@code workspace} on as many threads as there are processors. */
    public SecretScanResult scan(Workspace workspace) {
        return scan(workspace, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Scans every file of {@code workspace} in scope, except excluded ones, on {@code threads} threads (the workspace's
     * {@code read} must then be thread-safe; pass 1 when it is not). Results are in path order whatever the
     * thread count.
     */
    public SecretScanResult scan(Workspace workspace, int threads) {
        List<String> paths = new ArrayList<>();
        for (String path : workspace.files()) {
            // Out of scope (in the hook: not staged) is not this run's to scan.
            if (workspace.inScope(path) && !Glob.anyMatches(settings.excludes(), path)
                    && !path.equals(settings.baseline())) {
                paths.add(path);
            }
        }
        FileResult[] results = new FileResult[paths.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            ReadBuffer buffer = new ReadBuffer(); // one per thread: files are read without an array each
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                results[i] = scanFile(workspace, paths.get(i), buffer);
            }
        };
        // A few files (a commit) are scanned faster on this thread than a pool can be started.
        int workers = paths.size() < SMALL_SCAN ? 1 : Math.max(1, Math.min(threads, paths.size() / 4 + 1));
        if (workers == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
                Thread thread = new Thread(runnable, "deploytrack-secrets");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < workers; i++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("secret scan interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("secret scan failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return SecretScanResult.of(List.of(results));
    }

    private FileResult scanFile(Workspace workspace, String path, ReadBuffer buffer) {
        if (isBinaryName(path)) {
            return FileResult.binary(path);
        }
        try {
            long size = workspace.size(path);
            if (size > settings.maxFileSize()) {
                return FileResult.tooLarge(path, size);
            }
            workspace.read(path, buffer);
            CharSequence text = FileText.of(buffer.bytes(), buffer.length());
            if (text == null) {
                return FileResult.binary(path);
            }
            return FileResult.scanned(path, buffer.length(), scanText(path, text));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return FileResult.failed(path, e);
        } finally {
            buffer.release();
        }
    }

    static boolean isBinaryName(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && BINARY_EXTENSIONS.contains(path.substring(dot + 1)
                .toLowerCase(Locale.ROOT));
    }

    /** One file's outcome. */
    record FileResult(String path, boolean scanned, long bytes, List<SecretMatch> matches, String skipReason,
                      boolean binary, String error) {

        static FileResult scanned(String path, long bytes, List<SecretMatch> matches) {
            return new FileResult(path, true, bytes, matches, null, false, null);
        }

        static FileResult binary(String path) {
            return new FileResult(path, false, 0, List.of(), null, true, null);
        }

        static FileResult tooLarge(String path, long size) {
            return new FileResult(path, false, 0, List.of(), "file is " + dev.deploytrack.check.Sizes.describe(size)
                    + ", over the secrets scan limit; not scanned for secrets", false, null);
        }

        static FileResult failed(String path, Throwable e) {
            return new FileResult(path, false, 0, List.of(), null, false,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /**
     * The compiled detectors and keyword automaton, shared by every text a scanner scans (and by decoded content
     * scanned again).
     */
    static final class Engine {

        /** Each thread's hit arrays, reused from file to file. */
        private static final ThreadLocal<KeywordIndex.Hits> HITS = ThreadLocal.withInitial(KeywordIndex.Hits::new);
        /** Each thread's per-detector arrays and matchers, reused from file to file. */
        private final ThreadLocal<TextScan.Scratch> scratch;

        private final List<Detector> detectors = new ArrayList<>();
        private final KeywordIndex keywords;
        /** For each keyword id, the detectors to run. */
        private final Detector[][] byKeyword;
        private final int[] keywordLengths;
        private final List<Pattern> allow;
        private final double entropy;

        /** The engine of default settings, shared by scanners and {@link SecretRedaction}; built on first use. */
        private static final class Default {
            static final Engine ENGINE = new Engine(SecretSettings.defaults());
        }

        /** The shared default engine when {@code settings} detect as the defaults do, else a new one. */
        static Engine of(SecretSettings settings) {
            boolean detectsAsDefault = settings.allow().isEmpty() && settings.customRules().isEmpty()
                    && settings.entropy() == SecretSettings.DEFAULT_ENTROPY;
            return detectsAsDefault ? Default.ENGINE : new Engine(settings);
        }

        Engine(SecretSettings settings) {
            detectors.addAll(ProviderRules.detectors());
            detectors.addAll(StructureDetectors.detectors());
            detectors.add(new PrivateKeyDetector());
            detectors.add(new UrlCredentialDetector());
            detectors.add(new KubernetesSecretDetector());
            detectors.add(new AssignmentDetector());
            for (CustomRule rule : settings.customRules()) {
                detectors.add(rule.detector());
            }
            List<String> all = new ArrayList<>();
            for (int i = 0; i < detectors.size(); i++) {
                detectors.get(i).index = i;
                all.addAll(detectors.get(i).keywords());
            }
            keywords = KeywordIndex.of(all);
            List<List<Detector>> lists = new ArrayList<>();
            for (int i = 0; i < keywords.keywords().size(); i++) {
                lists.add(new ArrayList<>());
            }
            for (Detector detector : detectors) {
                for (String keyword : detector.keywords()) {
                    List<Detector> list = lists.get(keywords.idOf(keyword));
                    if (!list.contains(detector)) {
                        list.add(detector);
                    }
                }
            }
            byKeyword = lists.stream().map(list -> list.toArray(Detector[]::new)).toArray(Detector[][]::new);
            keywordLengths = keywords.keywords().stream().mapToInt(String::length).toArray();
            allow = settings.allow();
            entropy = settings.entropy();
            int count = detectors.size();
            scratch = ThreadLocal.withInitial(() -> new TextScan.Scratch(count));
        }

        int detectorCount() {
            return detectors.size();
        }

        List<Detector> detectors() {
            return detectors;
        }

        boolean allowed(String secret) {
            for (Pattern pattern : allow) {
                if (pattern.matcher(secret).find()) {
                    return true;
                }
            }
            return false;
        }

        double entropyThreshold() {
            return entropy;
        }

        /**
         * The candidates of one text after overlap resolution, in text order. An {@link AsciiText}'s bytes are
         * read by the keyword pass directly; the top-level text of a thread reuses that thread's hit arrays.
         */
        List<Candidate> candidates(CharSequence text, String path, int depth) {
            return candidates(text, path, depth, new CharSequence[1]);
        }

        /**
         * @param scanned receives the text the offsets refer to: {@code text}, or, for an {@link AsciiText} whose
         *                bytes were not all ASCII, its UTF-8 decoding
         */
        List<Candidate> candidates(CharSequence text, String path, int depth, CharSequence[] scanned) {
            KeywordIndex.Hits hits = depth == 0 ? HITS.get() : new KeywordIndex.Hits();
            hits.size = 0;
            if (text instanceof AsciiText ascii) {
                if (!keywords.collect(ascii.bytes(), ascii.offset(), text.length(), hits)) {
                    text = FileText.decoded(ascii);
                    hits.size = 0;
                    keywords.collect(text, hits);
                }
            } else {
                keywords.collect(text, hits);
            }
            scanned[0] = text;
            TextScan scan = depth == 0 ? new TextScan(text, path, depth, this, scratch.get())
                    : new TextScan(text, path, depth, this);
            for (int h = 0; h < hits.size; h++) {
                int id = hits.ids[h];
                int start = hits.starts[h];
                int length = keywordLengths[id];
                for (Detector detector : byKeyword[id]) {
                    detector.detect(scan, start, length);
                }
            }
            List<Candidate> found = resolve(scan.literalOrDecodedCandidates());
            if (depth == 0) {
                scan.release();
            }
            return found;
        }

        /** Keeps, of overlapping candidates, the most specific (highest priority, then earliest and longest). */
        static List<Candidate> resolve(List<Candidate> candidates) {
            if (candidates.size() <= 1) {
                return candidates;
            }
            List<Candidate> ordered = new ArrayList<>(candidates);
            ordered.sort(Comparator.comparingInt(Candidate::priority).reversed()
                    .thenComparingInt(Candidate::start)
                    .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()));
            TreeMap<Integer, Candidate> accepted = new TreeMap<>();
            for (Candidate candidate : ordered) {
                Map.Entry<Integer, Candidate> before = accepted.floorEntry(candidate.start());
                Map.Entry<Integer, Candidate> after = accepted.ceilingEntry(candidate.start());
                boolean overlaps = (before != null && before.getValue().overlaps(candidate))
                        || (after != null && after.getValue().overlaps(candidate));
                if (!overlaps) {
                    accepted.put(candidate.start(), candidate);
                }
            }
            return new ArrayList<>(accepted.values());
        }
    }
}
