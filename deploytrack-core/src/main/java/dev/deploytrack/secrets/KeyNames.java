package dev.deploytrack.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether the name a value is assigned to says "secret": {@code DB_PASSWORD}, {@code apiKey},
 * {@code client-secret}, {@code spring.datasource.password}, but not {@code max_tokens}, {@code secretName},
 * {@code public_key}, {@code password_hash} or {@code primary_key}. Names are split into words (snake, kebab, dotted
 * and camel case) and judged by their last meaningful word, which is what the value is.
 */
final class KeyNames {

    /** What a secret-named key holds. */
    enum Kind {
        /** A password or passphrase: chosen by people, may be short and low in entropy. */
        PASSWORD,
        /** A token, API key or client secret: generated, long and random. */
        TOKEN,
        /**
         * Just {@code key}, which names anything (a tag, a cache entry, a map key) and, under a provider's section,
         * an API key: only a long, clearly random value counts.
         */
        BARE_KEY
    }

    private static final Set<String> PASSWORD_WORDS = Set.copyOf(List.of(
            "password", "passwd", "pwd", "pass", "passphrase", "pword", "pswd", "passcode", "pw"));
    private static final Set<String> TOKEN_WORDS = Set.copyOf(List.of(
            "secret", "token", "apikey", "credential", "credentials", "auth", "pat", "authtoken", "accesstoken",
            "secretkey", "privatekey", "accesskey", "apitoken", "apisecret", "clientsecret", "bearer", "sig",
            "signature", "passkey", "mnemonic", "jwt", "hmac"));
    /** Words that make a following "key" secret: api key, access key, secret key, private key... */
    private static final Set<String> NON_SECRET_KEY_QUALIFIERS = Set.copyOf(List.of(
            "public", "pub", "primary", "foreign", "partition", "sort", "cache", "idempotency", "hash", "range",
            "row", "unique", "lookup", "map", "dict", "object", "index", "composite", "host", "translation", "i18n",
            "locale", "message", "label", "route", "routing", "keyboard", "hot", "short", "shortcut", "option",
            "field", "column", "entity", "data", "cursor", "query", "search", "group", "sequence", "event", "prop",
            "attr", "config", "setting", "env", "name", "type", "react", "list", "item", "node", "child", "parent",
            "sharding", "shard", "dedup", "dedupe", "bucket", "s3", "object", "file", "path", "registry", "join",
            "dynamo", "hash", "cluster", "publishable", "anon", "site", "record", "storage_path", "ssh_public",
            "idempotent", "state", "lock", "sign_in", "meta", "metadata", "tag", "tags", "value", "id", "the", "a",
            // a cache, a layout, a message catalogue: keys that name things
            "storage", "topology", "restore", "description", "desc", "progress", "extension", "filter", "icon",
            "bool", "zone", "sid", "inchi", "invoked", "step", "request", "sort", "order", "api_version",
            // verbs: containsKey(...), CanonicalHeaderKey(...), getKey(...) use a key, they hold none
            "contains", "has", "get", "remove", "delete", "canonical", "header", "find", "lookup", "load", "read",
            "parse", "derive", "generate", "create", "make", "new", "to", "from", "with", "add", "put", "is"));
    /** Trailing words that say the value is about the secret, not the secret: its name, where it is, its size. */
    private static final Set<String> NON_SECRET_LAST_WORDS = Set.copyOf(List.of(
            "name", "names", "id", "ids", "file", "files", "path", "paths", "dir", "url", "uri", "endpoint", "env",
            "var", "variable", "ref", "reference", "type", "types", "length", "len", "size", "count", "limit",
            "limits", "max", "min", "ttl", "expiry", "expires", "expiration", "expire", "timeout", "hash", "hashed",
            "digest", "policy", "field", "label", "placeholder", "prompt", "hint", "header", "param", "parameter",
            "format", "regex", "pattern", "rule", "rules", "enabled", "disabled", "required", "mode", "version",
            "provider", "source", "store", "manager", "location", "arn", "key_id", "keyid", "uuid", "user",
            "username", "login", "email", "owner", "scope", "scopes", "audience", "issuer", "algorithm", "alg",
            "method", "strategy", "prefix", "suffix", "mask", "masked", "error", "errors", "message", "short",
            "long", "weak", "strong", "confirm", "confirmation", "reset", "forgot", "changed", "change", "update",
            "updated", "check", "valid", "invalid", "visible", "hidden", "input", "output", "text", "help", "title",
            "description", "desc", "tooltip", "count", "index", "position", "pos", "created", "at", "date", "time",
            "usage", "used", "remaining", "budget", "encoding", "encoder", "decoder", "tokenizer", "counter",
            "class", "kind", "level", "status", "state", "callback", "handler", "service", "client", "factory",
            "helper", "util", "utils", "validator", "generator", "cmd", "command", "script", "schema", "spec",
            "template", "fn", "func", "function", "flag", "set", "exists", "present", "rotation", "rotate",
            "secretref", "keyref", "selector", "mount", "volume", "annotation", "item", "items", "list"));
    /** Trailing qualifiers ignored before judging: API_KEY_PROD is still an API key. */
    private static final Set<String> SUFFIXES = Set.copyOf(List.of(
            "prod", "production", "dev", "development", "staging", "stage", "test", "live", "local", "sandbox",
            "old", "new", "backup", "main", "primary", "secondary", "v1", "v2", "v3", "value", "raw", "b64",
            "base64", "encoded", "plain", "plaintext", "str", "string", "default", "override", "current", "next",
            "1", "2", "3"));

    private static final List<String> JOINED_PASSWORD_SUFFIXES = List.of("password", "passwd", "passphrase");
    private static final List<String> JOINED_TOKEN_SUFFIXES = List.of("secret", "token", "apikey", "accesskey",
            "secretkey", "privatekey");

    private KeyNames() {
    }

    /** Names repeat endlessly in a tree (token, apiKey, password): classify each once. */
    private static final Map<String, Optional<Kind>> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    /** How {@code name} (an identifier as written, possibly dotted or quoted) classifies, or {@code null}. */
    static Kind classify(String name) {
        Optional<Kind> cached = CACHE.get(name);
        if (cached == null) {
            cached = Optional.ofNullable(classifyWords(name));
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(name, cached);
        }
        return cached.orElse(null);
    }

    private static Kind classifyWords(String name) {
        List<String> words = words(name);
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.contains("public") || words.contains("publishable") || words.contains("pub")) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (NON_SECRET_LAST_WORDS.contains(last)) {
            return null;
        }
        if (PASSWORD_WORDS.contains(last)) {
            return Kind.PASSWORD;
        }
        if (TOKEN_WORDS.contains(last)) {
            return Kind.TOKEN;
        }
        // Words run together, as in PGPASSWORD, DBPASS, MYAPIKEY, BOTTOKEN
        for (String suffix : JOINED_PASSWORD_SUFFIXES) {
            if (last.endsWith(suffix)) {
                return Kind.PASSWORD;
            }
        }
        for (String suffix : JOINED_TOKEN_SUFFIXES) {
            if (last.endsWith(suffix)) {
                return Kind.TOKEN;
            }
        }
        if (last.equals("key") || last.equals("keys")) {
            if (words.size() == 1) {
                return Kind.BARE_KEY;
            }
            String qualifier = words.get(words.size() - 2);
            return NON_SECRET_KEY_QUALIFIERS.contains(qualifier) ? null : Kind.TOKEN;
        }
        return null;
    }

    /** Verbs that start method names which read or use a key rather than set one. */
    private static final Set<String> VERBS = Set.of("get", "has", "contains", "remove", "delete", "find", "lookup",
            "load", "read", "parse", "derive", "generate", "create", "make", "validate", "verify", "check", "is",
            "canonical", "compute", "hash", "sign", "encode", "decode", "fetch", "resolve", "request", "refresh",
            "revoke", "rotate", "clear", "reset", "store", "save", "write", "print", "log", "mask", "redact");

    static boolean isVerb(String word) {
        return VERBS.contains(word);
    }

    /** Lower-case words of an identifier: {@code spring.datasource.dbPassword} gives spring, datasource, db, password. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && wordBoundary(word.charAt(word.length() - 1), c,
                    i + 1 < name.length() ? name.charAt(i + 1) : ' ')) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    /**
     * Whether a new word starts at {@code c}, after {@code previous} (a letter or digit of the same run) and before
     * {@code next} (a space past the end): apiKey, API_Key and HTTPServer split, at the capital letter.
     */
    static boolean wordBoundary(char previous, char c, char next) {
        return Character.isUpperCase(c) && (Character.isLowerCase(previous)
                || (Character.isLowerCase(next) && Character.isUpperCase(previous)));
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
