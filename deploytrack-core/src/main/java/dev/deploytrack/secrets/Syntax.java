package dev.deploytrack.secrets;

import java.util.Locale;
import java.util.Set;

/**
 * How a value is written where a secret-named key occurs, which decides what counts as a value at all. In code a
 * value is a string literal ({@code api_key = "..."}); {@code token = crypto.randomBytes(16)} is a call and
 * {@code key = other_variable} a variable. In configuration formats ({@code .env}, properties, YAML, TOML, INI, shell,
 * command lines) a bare word is a value. In data (JSON) every value is quoted, and bare text is inside some string.
 * In prose (Markdown outside code blocks, plain text) a bare word may be a value, but only a random-looking one.
 */
enum Syntax {
    /** Source code: only string literals are values. */
    CODE,
    /** Configuration and shell: bare words are values. */
    CONFIG,
    /** JSON and notebooks: only quoted strings are values (bare text is inside a string, e.g. code in a notebook). */
    DATA,
    /** Markdown outside code blocks, plain text: bare values count only when they look generated. */
    PROSE;

    private static final Set<String> CODE_EXTENSIONS = Set.of(
            "java", "kt", "kts", "scala", "groovy", "gradle", "js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts",
            "py", "pyi", "rb", "go", "rs", "php", "cs", "csx", "fs", "vb", "swift", "c", "h", "cc", "cpp", "hpp",
            "m", "mm", "dart", "lua", "r", "pl", "pm", "ex", "exs", "erl", "clj", "cljs", "vue", "svelte", "astro",
            "jl", "nim", "zig", "hs", "ml", "sol", "sql", "ps1", "psm1", "cls", "apex", "trigger", "graphql", "gql",
            "cairo", "move", "tf", "hcl", "tfvars", "proto");
    private static final Set<String> DATA_EXTENSIONS = Set.of("json", "jsonl", "ndjson", "json5", "jsonc",
            "ipynb", "har", "sse");
    private static final Set<String> PROSE_EXTENSIONS = Set.of("md", "mdx", "mdc", "markdown", "txt", "rst",
            "adoc", "asciidoc", "org");

    /** Languages of fenced code blocks whose values are bare words: shell sessions, configuration files. */
    private static final Set<String> CONFIG_LANGUAGES = Set.of(
            "sh", "bash", "zsh", "shell", "console", "terminal", "shell-session", "shellsession", "fish", "env",
            "dotenv", "ini", "cfg", "conf", "properties", "toml", "yaml", "yml", "dockerfile", "docker", "http",
            "text", "txt", "plaintext", "nginx", "makefile", "make", "cmd", "bat", "batch", "netrc");
    private static final Set<String> DATA_LANGUAGES = Set.of("json", "jsonc", "json5", "jsonl", "ndjson");
    /** Language names of code blocks that are not file extensions. */
    private static final Set<String> CODE_LANGUAGES = Set.of(
            "python", "python3", "javascript", "typescript", "node", "java", "kotlin", "csharp", "c#", "cs",
            "golang", "rust", "ruby", "php", "swift", "scala", "cpp", "c++", "objc", "objective-c", "perl",
            "powershell", "pwsh", "posh", "apex", "solidity", "elixir", "erlang", "haskell", "clojure", "julia",
            "terraform", "graphql", "sql", "postgresql", "postgres", "mysql", "plsql", "tsql", "sqlite", "diff",
            "patch", "jsx", "tsx", "vue", "svelte", "dart", "lua", "r", "groovy", "gradle", "cairo", "move",
            "yara", "proto", "protobuf", "hcl", "ipython", "pycon", "py3", "js", "ts", "kt", "go", "rs", "rb");

    /** The syntax of a whole file, from its name; Markdown's code blocks are refined by {@link MarkdownBlocks}. */
    static Syntax ofPath(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) {
            return CONFIG; // Dockerfile, .env, .netrc, Makefile
        }
        String extension = path.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (CODE_EXTENSIONS.contains(extension)) {
            return CODE;
        }
        if (DATA_EXTENSIONS.contains(extension)) {
            return DATA;
        }
        if (PROSE_EXTENSIONS.contains(extension)) {
            return PROSE;
        }
        return CONFIG;
    }

    /**
     * The syntax of a fenced code block by its info string ({@code ```python}, {@code ```yaml title="x"}); a block
     * without a language, or with one not known here, is read as configuration and prose are: bare words count, and
     * code-shaped values are set aside by the value checks.
     */
    static Syntax ofLanguage(String info) {
        String language = info.strip();
        int end = 0;
        while (end < language.length() && !Character.isWhitespace(language.charAt(end))
                && language.charAt(end) != '{' && language.charAt(end) != ',') {
            end++;
        }
        language = language.substring(0, end).toLowerCase(Locale.ROOT);
        if (language.startsWith("language-")) {
            language = language.substring("language-".length());
        }
        if (language.isEmpty()) {
            return CONFIG;
        }
        if (DATA_LANGUAGES.contains(language)) {
            return DATA;
        }
        if (CONFIG_LANGUAGES.contains(language)) {
            return CONFIG;
        }
        if (CODE_LANGUAGES.contains(language) || CODE_EXTENSIONS.contains(language)) {
            return CODE;
        }
        if (language.equals("markdown") || language.equals("md")) {
            return PROSE;
        }
        return CONFIG;
    }

    /** Whether a bare (unquoted) word after the key can be a value here. */
    boolean takesBareValues() {
        return this == CONFIG || this == PROSE;
    }
}
