package dev.deploytrack.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values that look like secrets and are not: placeholders, references to where the real secret lives, documented
 * example keys, identifiers and hashes, public keys and publishable keys, model ids. Every candidate goes through
 * these filters before any entropy decision, because entropy cannot tell a SHA-256 from an API key.
 */
final class LookAlikes {

    /** Why a value was set aside; {@code null} from the checks means "not a look-alike". */
    enum Kind {
        PLACEHOLDER, REFERENCE, DOCUMENTED_EXAMPLE, IDENTIFIER, HASH, PUBLIC_KEY, PUBLISHABLE, MODEL_ID, CODE
    }

    private static final List<String> PLACEHOLDER_WORDS = List.of(
            "your", "here", "replace", "change", "placeholder", "example", "sample", "dummy", "fake", "mock",
            "insert", "enter", "redacted", "removed", "hidden", "todo", "fixme", "xxxx", "***", "...", "…",
            "<", ">", "foobar", "notreal", "not_real", "not-real", "invalid", "secret_here", "token_here",
            "key_here", "lorem", "ipsum", "demo", "abc123", "def456", "xyz789", "xyz123");

    /** Whole values that are defaults, dummies or words, never leaked secrets. */
    private static final Set<String> PLACEHOLDER_VALUES = Set.copyOf(List.of(
            "password", "passwd", "pass", "secret", "token", "apikey", "api_key", "api-key", "key", "changeme",
            "change_me", "change-me", "admin", "administrator", "root", "guest", "user", "username", "test",
            "testing", "test123", "test1234", "password1", "password123", "password!", "pass123", "pass1234",
            "admin123", "admin1234", "letmein", "qwerty", "qwerty123", "welcome", "welcome1", "default", "example",
            "sample", "dummy", "fake", "none", "null", "nil", "undefined", "true", "false", "yes", "no", "empty",
            "string", "str", "bool", "boolean", "int", "number", "object", "any", "secret123", "secretpassword",
            "mysecretpassword", "mypassword", "supersecret", "postgres", "mysql", "redis", "rabbitmq", "mongo",
            "mongodb", "localhost", "required", "optional", "bearer", "basic", "token123", "abc123", "abcdef",
            "123456", "1234567", "12345678", "123456789", "1234567890", "foo", "bar", "baz", "foobar", "hunter2",
            "s3cr3t", "p@ssw0rd", "p@ssword", "passw0rd", "pa55word", "secret-key", "secret_key", "mysecret",
            "topsecret", "development", "dev", "prod", "production", "staging", "local", "inherit", "auto",
            "env", "environment", "sensitive", "masked", "unset", "disabled", "enabled", "off", "on", "tbd", "xxx"));

    private static final Pattern UUID = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");
    private static final Pattern ALGORITHM_PREFIXED_HASH = Pattern.compile(
            "(?i)(?:sha1|sha224|sha256|sha384|sha512|md5|blake2b|blake3|xxh64|crc32)[-:=][A-Za-z0-9+/=_-]{8,}+|h1:"
                    + "[A-Za-z0-9+/]{20,}+=*");
    /** bcrypt, argon2, sha-crypt, PBKDF2 (Django), LDAP salted hashes: stored password hashes, not passwords. */
    private static final Pattern PASSWORD_HASH = Pattern.compile(
            "\\$2[abxy]?\\$\\d\\d\\$[./A-Za-z0-9]{53}|\\$argon2(?:id|i|d)\\$\\S{20,}+|\\$[156]\\$[^$\\s]{0,16}\\$"
                    + "[./A-Za-z0-9]{20,}+|(?:pbkdf2_sha256|pbkdf2_sha1|bcrypt_sha256|scrypt)\\$\\S{20,}+"
                    + "|\\{(?:SSHA|SHA|SSHA256|SSHA512|MD5|SMD5|CRYPT)}\\S{8,}+");
    private static final Pattern PUBLIC_KEY = Pattern.compile(
            "(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3}|sk-ssh-ed25519@openssh\\.com)\\s[A-Za-z0-9+/]{20,}+"
                    + "=*.*|-----BEGIN (?:RSA |EC |PGP |SSH2 )?(?:PUBLIC KEY|CERTIFICATE|CERTIFICATE REQUEST"
                    + "|PUBLIC KEY BLOCK)-----.*|MIIBIjANBgkqhkiG9w0BAQEFAAOC[A-Za-z0-9+/=]*|MFkwEwYHKoZIzj0CAQYI"
                    + "[A-Za-z0-9+/=]*|MII[A-Za-z0-9+/]{1,2}CCA[A-Za-z0-9+/=]*|MCowBQYDK2Vw[A-Za-z0-9+/=]*"
                    + "|age1[02-9ac-hj-np-z]{58}|npub1[02-9ac-hj-np-z]{50,}+",
            Pattern.DOTALL);
    private static final Pattern PUBLISHABLE = Pattern.compile(
            "(?:pk_(?:live|test)_|pk-lf-|phc_|sb_publishable_|pub[a-f0-9]{32}|pk\\.eyJ|rk_pub_|pk_[a-z0-9]{20,}"
                    + "|AIzaSyD-EXAMPLE).*",
            Pattern.DOTALL);
    private static final Pattern JWT_SHAPE = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern MODEL_ID = Pattern.compile(
            "(?i)(?:gpt-|chatgpt-|o[1-9]-|o[1-9]$|claude-|gemini-|gemma-|llama|meta-llama/|mistral-|mixtral-"
                    + "|codestral-|ministral-|pixtral-|command-|grok-|deepseek-|qwen|phi-|text-embedding-"
                    + "|text-davinci|davinci-|babbage-|whisper-|tts-|dall-e|ft:|anthropic[./]|amazon\\.|meta\\.|cohere"
                    + "\\.|ai21\\.|mistral\\.|(?:us|eu|apac|global)\\.anthropic\\.|models/|accounts/fireworks/"
                    + "|openai/|google/|mistralai/|sentence-transformers/|bge-|e5-|nomic-embed|voyage-|embed-"
                    + "|rerank-|sonar|jamba-|nova-|titan-).*");
    /** Pieces of code that end up between two quotes when a string is concatenated or passed along. */
    private static final List<String> CODE_FRAGMENTS = List.of("()", ").", ".(", "(\"", "\")", ");", "\" + ",
            "' + ", "${");
    private static final Pattern ENV_VARIABLE_NAME = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    private static final Pattern WORDS = Pattern.compile("[a-z]+(?:[-_. ][a-z]+)*|(?:[A-Z][a-z]+)+|[A-Z]+");
    private static final Pattern CODE_EXPRESSION = Pattern.compile(
            "[A-Za-z_$][A-Za-z0-9_$]*(?:(?:\\.|::|->)[A-Za-z_$][A-Za-z0-9_$]*)*(?:\\(.*\\)|\\[.*])?;?");
    private static final Pattern NAME_SEGMENT = Pattern.compile(
            "\\$?(?:[a-z_]+[0-9]?|[a-z]+(?:[A-Z][a-z]+)+[0-9]?|[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z][A-Z0-9_]*)");
    private static final List<String> SECRET_WORDS = List.of(
            "secret", "password", "passwd", "token", "apikey", "api_key", "api-key", "private", "changeit",
            "letmein", "welcome", "credential");
    /** A file path: relative or absolute, in lower-case words, or ending in a file extension. */
    private static final Pattern PATH = Pattern.compile(
            "(?:~?/|\\./|\\.\\./|[A-Za-z]:\\\\|file:)[a-z0-9._/@-]*|(?:\\./|\\.\\./)[A-Za-z0-9._/@-]*"
                    + "|[^\\s]*\\.(?:pem|key|crt|cer|p12|pfx|jks|json|txt"
                    + "|ya?ml|env|gpg|asc|pub|properties|conf|cfg|ini|toml)");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?|wss?|s3|gs|file)://[^@]*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,:]\\d+)*[kKmMgG]?[bB]?");

    /**
     * SHA-256 of example keys published in providers' documentation (Stripe, Google, Slack, Mailgun), stored hashed
     * so that this repository never holds a key-shaped string a push protection would block. AWS's examples end in
     * EXAMPLE and jwt.io's sample is recognised by its payload. GitHub's documentation token fails its checksum, but
     * is listed too: assigned to GITHUB_TOKEN it would otherwise be judged as a generic secret.
     */
    private static final Set<String> DOCUMENTED_EXAMPLE_HASHES = Set.of(
            "2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326", // Stripe API reference test key
            "f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397", // Stripe docs test key
            "7e8de44ea9ecf6d53415c90f5b249a8591f7abafbf7d65a2c0d855afeca3ec09", // Stripe docs test key
            "c4341ce2cfcb5209124439c61efbae3ceb5d10b48997f67face25578db0918a2", // Stripe restricted example
            "ac9265e56c79b234607ec72c53753cfea9f88c99eb713790ddf9be5593bb4465", // Google Maps docs API key
            "2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb", // Slack docs bot token
            "9c846fdf0fa8955c377d0301542ee20ecd4585c5f359aa0a4cf15d44424f573d", // Mailgun docs API key
            // GitHub's documentation token, with each classic prefix (ghp_, gho_, ghu_, ghs_, ghr_)
            "3543c50b0cb9cea8e55eb1f529b79f043cb250d485fde7b66cabbb5183add7da",
            "bc3ae723f57c6b9e3fd80b699fcc420f6074b0b1718039669d22631d508ac0a7",
            "82e74299544e00738f9c0acb69b1eb348b3e20ffcfabcb34779bd37590fead6c",
            "797c0ce414586cc8eb6929afe947c720e3e4d351dd070a6fe39f630beaab3054",
            "0cecafe4ec4766065c64799e2d0fc466059f86526e0a45b883de0fb856435236");

    private LookAlikes() {
    }

    /** The reason {@code value} is not a secret whatever rule found it, or {@code null}. */
    static Kind universal(String value) {
        if (isPlaceholder(value)) {
            return Kind.PLACEHOLDER;
        }
        if (isReference(value)) {
            return Kind.REFERENCE;
        }
        if (isDocumentedExample(value)) {
            return Kind.DOCUMENTED_EXAMPLE;
        }
        return null;
    }

    /**
     * The reason a value found by a contextual rule (a secret-named key, a header, a URL password) is not a secret, or
     * {@code null}. Stricter than {@link #universal(String)}: without a provider's prefix, identifiers, hashes,
     * public keys, model ids and code are all possible.
     */
    static Kind contextual(String value) {
        Kind kind = universal(value);
        if (kind != null) {
            return kind;
        }
        if (UUID.matcher(value).matches() || NUMBER.matcher(value).matches()) {
            return Kind.IDENTIFIER;
        }
        if (ALGORITHM_PREFIXED_HASH.matcher(value).matches() || PASSWORD_HASH.matcher(value).matches()) {
            return Kind.HASH;
        }
        if (PUBLIC_KEY.matcher(value).matches()) {
            return Kind.PUBLIC_KEY;
        }
        if (PUBLISHABLE.matcher(value).matches()) {
            return Kind.PUBLISHABLE;
        }
        if (JWT_SHAPE.matcher(value).matches() && !StructureDetectors.isSecretJwt(value)) {
            return Kind.DOCUMENTED_EXAMPLE; // jwt.io's sample, a public anon key
        }
        if (MODEL_ID.matcher(value).matches()) {
            return Kind.MODEL_ID;
        }
        if (URL.matcher(value).matches() || PATH.matcher(value).matches() || value.contains("://")) {
            return Kind.REFERENCE; // credentials inside a URL are the URL rule's
        }
        for (String fragment : CODE_FRAGMENTS) {
            if (value.contains(fragment)) {
                return Kind.CODE;
            }
        }
        if (ENV_VARIABLE_NAME.matcher(value).matches()) {
            return Kind.REFERENCE;
        }
        return null;
    }

    /** A value made of words only ({@code my-secret-name}, {@code InvalidPassword}): a name, not a secret. */
    static boolean isWords(String value) {
        return WORDS.matcher(value).matches();
    }

    /** A bare (unquoted) value that reads as code: {@code getToken()}, {@code self.password}, {@code args.key}. */
    static boolean isCodeExpression(String value) {
        if (!CODE_EXPRESSION.matcher(value).matches()) {
            return false;
        }
        String head = value;
        int paren = head.indexOf('(');
        int bracket = head.indexOf('[');
        int cut = paren < 0 ? bracket : bracket < 0 ? paren : Math.min(paren, bracket);
        if (cut >= 0) {
            head = head.substring(0, cut);
        }
        String[] segments = head.split("\\.|::|->");
        if (segments.length == 1 && cut < 0) {
            return isWords(value);
        }
        // Every segment must read as a name (self, config, apiKey, SECRET_KEY), not as random characters.
        for (String segment : segments) {
            if (!NAME_SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Contextual values that contain the word for what they are ({@code my-secret-token-1}) are made up. */
    static boolean containsSecretWord(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPlaceholder(String value) {
        if (value.isBlank()) {
            return true;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (PLACEHOLDER_VALUES.contains(lower)) {
            return true;
        }
        for (String word : PLACEHOLDER_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return isRepetitive(value) || hasSequentialRun(lower, 6);
    }

    /**
     * Placeholder checks for the random part of a provider token (after its prefix): the same words and patterns,
     * without the whole-value dictionary (a random part is never a word anyway).
     */
    static boolean isPlaceholderBody(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.contains("xxxx") || lower.contains("...") || lower.contains("…") || lower.contains("***")
                || lower.contains("<") || isRepetitive(body) || hasSequentialRun(lower, 6)
                || hasInterleavedRun(lower)) {
            return true;
        }
        if (body.length() >= 100) {
            return false; // long random bodies contain short words by chance; only the markers above count
        }
        for (String word : PLACEHOLDER_WORDS) {
            if (word.length() > 3 && lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** All one character, or a short unit repeated ({@code abcabcabc}), or very few distinct characters. */
    static boolean isRepetitive(String value) {
        int length = value.length();
        if (length < 4) {
            return false;
        }
        int distinct = Entropy.distinctCharacters(value);
        if (distinct <= 2 || (length >= 16 && distinct <= 4)) {
            return true;
        }
        for (int unit = 1; unit <= 4 && unit * 3 <= length; unit++) {
            boolean repeats = true;
            for (int i = unit; i < length && repeats; i++) {
                repeats = value.charAt(i) == value.charAt(i - unit);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** {@code 123456}, {@code abcdef}, {@code 987654}: typed by a person, not generated. */
    static boolean hasSequentialRun(String lower, int run) {
        int up = 1;
        int down = 1;
        for (int i = 1; i < lower.length(); i++) {
            char previous = lower.charAt(i - 1);
            char c = lower.charAt(i);
            boolean alnum = Character.isLetterOrDigit(c) && Character.isLetterOrDigit(previous);
            up = alnum && c == previous + 1 ? up + 1 : 1;
            down = alnum && c == previous - 1 ? down + 1 : 1;
            if (up >= run || down >= run) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code A1B2C3D4E5F6...}: letters and digits that each count up, interleaved, as typed for a made-up key. Seen
     * through its letters alone or its digits alone, a generated key has no run of six.
     */
    static boolean hasInterleavedRun(String lower) {
        StringBuilder letters = new StringBuilder();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return hasSequentialRun(letters.toString(), 8) || hasSequentialRun(digits.toString(), 8);
    }

    static boolean isReference(String value) {
        String v = value.trim();
        if (v.startsWith("$") && !PASSWORD_HASH.matcher(v).matches()) {
            // $VAR, ${VAR}, ${{ secrets.X }}, $(command), $env:VAR; but "$ecr3t!" style passwords have no name after $
            return v.length() > 1 && (v.charAt(1) == '{' || v.charAt(1) == '(' || Character.isLetter(v.charAt(1))
                    || v.charAt(1) == '_') && looksLikeVariable(v);
        }
        return v.startsWith("{{") || v.startsWith("{%") || v.startsWith("<%") || v.startsWith("#{")
                || v.startsWith("%(") || v.startsWith("@{") || v.startsWith("!Ref") || v.startsWith("!Sub")
                || v.startsWith("!GetAtt") || v.startsWith("ref+") || v.startsWith("op://") || v.startsWith("vault:")
                || v.startsWith("arn:aws:") || v.startsWith("secretsmanager:") || v.startsWith("ssm:")
                || v.startsWith("projects/") || v.startsWith("akv:") || v.startsWith("keyvault:")
                || v.startsWith("sm://") || v.startsWith("gcp:") || v.startsWith("env:") || v.startsWith("file:")
                || v.startsWith("ENC[") || v.startsWith("enc:") || v.startsWith("!vault")
                || (v.startsWith("%") && v.endsWith("%") && v.length() > 2)
                || v.contains("process.env") || v.contains("import.meta.env") || v.contains("os.environ")
                || v.contains("os.getenv") || v.contains("getenv(") || v.contains("System.getenv")
                || v.contains("ENV[") || v.contains("ENV.fetch") || v.contains("env(") || v.contains("Deno.env")
                || v.contains("secrets.") || v.contains("${") || v.contains("{{") || v.contains("secretKeyRef")
                || v.contains("valueFrom") || v.contains("%s") || v.contains("%(") || v.contains("GetEnvironmentVariable")
                || v.contains("env::var") || v.contains("Getenv(") || v.contains("$_ENV") || v.contains("$_SERVER")
                || containsShellVariable(v) || isTemplate(v);
    }

    /** {@code repoV2/$PROJECT/$REPO_ID}: an upper-case shell variable inside the value, expanded at run time. */
    private static boolean containsShellVariable(String v) {
        for (int i = 0; i + 2 < v.length(); i++) {
            if (v.charAt(i) == '$' && isUpperOrUnderscore(v.charAt(i + 1)) && isUpperOrUnderscore(v.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpperOrUnderscore(char c) {
        return (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** {@code repoV2/{project}/{repository-id}}, {@code <token>}: a slot to fill in, named in braces. */
    private static boolean isTemplate(String v) {
        int open = v.indexOf('{');
        int close = open < 0 ? -1 : v.indexOf('}', open);
        if (close > open + 1) {
            for (int i = open + 1; i < close; i++) {
                char c = v.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ')) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean looksLikeVariable(String v) {
        if (v.startsWith("${") || v.startsWith("$(") || v.startsWith("$env:")) {
            return true;
        }
        // $NAME or $name: letters, digits, underscores only
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static boolean isDocumentedExample(String value) {
        if (value.endsWith("EXAMPLE") || value.endsWith("EXAMPLEKEY") || value.contains("EXAMPLE")) {
            return true;
        }
        return DOCUMENTED_EXAMPLE_HASHES.contains(sha256(value));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
