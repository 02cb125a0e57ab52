package dev.deploytrack.secrets;

import java.util.List;

/**
 * Contextual rule: a literal value assigned to a secret-named key. One parser covers the assignment forms of
 * {@code .env} and shell ({@code KEY=value}, {@code export KEY="value"}), properties, YAML ({@code key: value}),
 * JSON ({@code "key": "value"}, also inside JSON-escaped strings: {@code \"key\": \"value\"}), TOML and INI,
 * code ({@code apiKey = "..."}, {@code "key" => '...'}, {@code key := "..."}, {@code setPassword("...")}), command-line
 * flags ({@code --api-key value}), XML elements, and name/value pairs ({@code - name: DB_PASSWORD} followed by
 * {@code value: ...}). What follows the key is read in the {@link Syntax} of its place (the file, or a Markdown code
 * block): in code only string literals count, a bare word there is a variable, a call or a type; in configuration
 * and prose bare words count unless they are shaped like code. Values a person wrote ({@link HumanValues}) are not
 * secrets.
 */
final class AssignmentDetector extends Detector {

    private static final int MAX_NAME = 128;
    private static final int MAX_VALUE = 1000;

    @Override
    List<String> keywords() {
        return List.of("pass", "pwd", "secret", "token", "key", "auth", "cred", "_pat", "-pat", "sig", "jwt",
                "hmac", "mnemonic", "_pw");
    }

    @Override
    List<SecretRule> rules() {
        return List.of(ContextRules.GENERIC_PASSWORD, ContextRules.GENERIC_SECRET);
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                || c == '.';
    }

    @Override
    void detect(TextScan scan, int start, int keywordLength) {
        int nameStart = start;
        while (nameStart > 0 && start - nameStart < MAX_NAME && isNameChar(scan.charAt(nameStart - 1))) {
            nameStart--;
        }
        if (scan.covered(index, nameStart + 1)) {
            return;
        }
        int nameEnd = start + keywordLength;
        while (nameEnd < scan.length() && nameEnd - start < MAX_NAME && isNameChar(scan.charAt(nameEnd))) {
            nameEnd++;
        }
        scan.cover(index, nameEnd);
        if (nameStart > 0 && nameEnd - nameStart > 2 && scan.charAt(nameStart - 1) == '\\'
                && "nrt".indexOf(scan.charAt(nameStart)) >= 0 && start > nameStart) {
            nameStart++; // "...\nPASSWORD=x": the name starts after the escaped line break
        }
        boolean flag = nameEnd - nameStart > 2 && scan.charAt(nameStart) == '-' && scan.charAt(nameStart + 1) == '-';
        while (nameStart < nameEnd && (scan.charAt(nameStart) == '-' || scan.charAt(nameStart) == '.')) {
            nameStart++;
        }
        int trimmedEnd = nameEnd;
        while (trimmedEnd > nameStart && (scan.charAt(trimmedEnd - 1) == '-' || scan.charAt(trimmedEnd - 1) == '.')) {
            trimmedEnd--;
        }
        if (trimmedEnd <= nameStart) {
            return;
        }
        // Both forms below report only under a secret-named name, and most names a keyword occurs in are not
        // (max_tokens, keyboard, passthrough): the name is judged first, from the thread's memory of names, which
        // costs no copy of it.
        KeyNames.Kind kind = scan.classifyName(nameStart, trimmedEnd);
        if (kind == null) {
            return;
        }
        Value value = valueAfter(scan, nameStart, trimmedEnd, flag);
        if (value != null) {
            judge(scan, scan.substring(nameStart, trimmedEnd), kind, value);
        } else {
            nameValuePair(scan, nameStart, trimmedEnd, kind);
        }
    }

    /** A value as written: its offsets in the text and whether it was quoted. */
    record Value(int start, int end, boolean quoted) {

        /** The value's characters, copied out only for a name that says "secret" (most names do not). */
        String text(TextScan scan) {
            return scan.substring(start, end);
        }
    }

    /**
     * {@code - name: DB_PASSWORD} then {@code value: s3cr3t} (Kubernetes env, ECS task definitions, GitHub Actions
     * inputs): the secret-named word is a value itself, and the secret follows under {@code value}.
     */
    private void nameValuePair(TextScan scan, int nameStart, int nameEnd, KeyNames.Kind kind) {
        int i = nameStart - 1;
        while (i >= 0 && (scan.charAt(i) == '"' || scan.charAt(i) == '\'' || scan.charAt(i) == ' '
                || scan.charAt(i) == '\\')) {
            i--;
        }
        if (i < 0 || (scan.charAt(i) != ':' && scan.charAt(i) != '=')) {
            return;
        }
        i--;
        while (i >= 0 && (scan.charAt(i) == '"' || scan.charAt(i) == '\'' || scan.charAt(i) == ' '
                || scan.charAt(i) == '\\')) {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(scan.charAt(i))) {
            i--;
        }
        String word = scan.substring(i + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
        if (!word.equals("name") && !word.equals("key") && !word.equals("parameterkey")) {
            return;
        }
        String name = scan.substring(nameStart, nameEnd);
        int limit = Math.min(scan.length(), nameEnd + 300);
        for (int j = nameEnd; j + 5 <= limit; j++) {
            if (scan.charAt(j) == 'v' || scan.charAt(j) == 'V') {
                String candidate = scan.substring(j, j + 5);
                if (candidate.equalsIgnoreCase("value") && (j == 0 || !isNameChar(scan.charAt(j - 1)))
                        && (j + 5 >= scan.length() || !isNameChar(scan.charAt(j + 5)))) {
                    Value value = valueAfter(scan, j, j + 5, false);
                    if (value != null) {
                        judge(scan, name, kind, value);
                    }
                    return;
                }
            }
        }
    }

    /** Parses the operator and the literal after a name ending at {@code nameEnd}; {@code null} if there is none. */
    static Value valueAfter(TextScan scan, int nameStart, int nameEnd, boolean flag) {
        int n = scan.length();
        int i = nameEnd;
        // XML element: <password>value</password>
        if (nameStart > 0 && scan.charAt(nameStart - 1) == '<' && i < n && scan.charAt(i) == '>') {
            int end = i + 1;
            while (end < n && end - i < MAX_VALUE && scan.charAt(end) != '<' && scan.charAt(end) != '\n') {
                end++;
            }
            return end < n && scan.charAt(end) == '<' ? new Value(i + 1, end, true) : null;
        }
        boolean quotedName = false;
        int closers = 0;
        while (i < n && closers < 4 && "\"'`]\\".indexOf(scan.charAt(i)) >= 0) {
            quotedName |= scan.charAt(i) != ']';
            i++;
            closers++;
        }
        int spacesStart = i;
        while (i < n && (scan.charAt(i) == ' ' || scan.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        char c = scan.charAt(i);
        if ((c == '|' || c == '?') && i + 2 < n && scan.charAt(i + 1) == c && scan.charAt(i + 2) == '=') {
            i += 2; // ||= and ??=
            c = '=';
        }
        boolean operator = false;
        if (c == '=') {
            i++;
            if (i < n && (scan.charAt(i) == '>' || scan.charAt(i) == '=')) {
                i++;
                if (i < n && scan.charAt(i) == '=') {
                    i++;
                }
            }
            operator = true;
        } else if (c == ':') {
            i++;
            if (i < n && scan.charAt(i) == ':') {
                return null;
            }
            if (i < n && scan.charAt(i) == '=') {
                i++;
            } else if (scan.syntaxAt(i) == Syntax.CODE) {
                i = afterTypeAnnotation(scan, i);
            }
            operator = true;
        } else if (c == '(' && !quotedName && i == spacesStart && isSetter(scan, nameStart, nameEnd)) {
            i++; // setPassword("..."), withApiKey("..."), builder.password("...")
            if (i < n && "\"'`".indexOf(scan.charAt(i)) < 0) {
                return null;
            }
            operator = true;
        } else if (c == ',' && quotedName && firstArgument(scan, nameStart)) {
            i++; // define('DB_PASSWORD', 'value'), setdefault("API_KEY", "value")
            operator = true;
        } else if (flag && i > spacesStart) {
            operator = true;
        } else if (i > spacesStart && "\"'`".indexOf(c) >= 0 && scan.syntaxAt(i) == Syntax.CODE
                && nameEnd - nameStart == 8 && scan.substring(nameStart, nameEnd).equalsIgnoreCase("password")) {
            operator = true; // SQL: CREATE USER app WITH PASSWORD 'x', ALTER ROLE app PASSWORD 'x'
        } else if (i > spacesStart && scan.syntaxAt(i) == Syntax.PROSE && startsWithWord(scan, i, "is ")) {
            i += 2; // prose: "the deploy password is `x`", taken when the value is quoted
            while (i < n && scan.charAt(i) == ' ') {
                i++;
            }
            if (i >= n || "\"'`".indexOf(scan.charAt(i)) < 0) {
                return null;
            }
            operator = true;
        }
        if (!operator) {
            return null;
        }
        while (i < n && (scan.charAt(i) == ' ' || scan.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        char before = nameStart > 0 ? scan.charAt(nameStart - 1) : '\n';
        boolean query = before == '?' || before == '&';
        boolean escapedBreak = nameStart > 1 && "nrt".indexOf(before) >= 0 && scan.charAt(nameStart - 2) == '\\';
        // In code, "Server=db;Password=x;" and "?token=x&" are literal text even without quotes of their own, and
        // so is "USER=a\nPASSWORD=x" in a JSON string.
        boolean inString = c == '=' && (query || before == ';' || before == '"' || before == '\'' || escapedBreak);
        return literal(scan, i, query, inString);
    }

    /**
     * The value starting at {@code i}: a string literal in the quoting of the language (plain, JSON-escaped, raw,
     * verbatim, prefixed), or, where the syntax has bare values (configuration, shell, prose) or inside a string
     * ({@code Server=db;Password=x;}), a bare word. A literal that is only part of an expression ({@code "x" + y},
     * {@code "x".encode()}) and a bare word that is code ({@code crypto.randomBytes(16)}, {@code results[...]},
     * {@code &pkg.Params{}}) are not values.
     */
    static Value literal(TextScan scan, int i, boolean query, boolean inString) {
        int n = scan.length();
        Syntax syntax = scan.syntaxAt(i);
        char c = scan.charAt(i);
        int prefixStart = i;
        // String prefixes: Python r"" b"" f"" rb"", C# @"" $"" $@"", Rust r#""#, C++ R"()" is left alone.
        int prefix = 0;
        while (prefix < 3 && i + prefix < n && "rRbBuUfF@$".indexOf(scan.charAt(i + prefix)) >= 0) {
            prefix++;
        }
        int hashes = 0;
        if (prefix > 0 && i + prefix < n && scan.charAt(i + prefix) == '#'
                && (scan.charAt(i) == 'r' || scan.charAt(i) == 'b')) {
            while (i + prefix + hashes < n && scan.charAt(i + prefix + hashes) == '#' && hashes < 8) {
                hashes++;
            }
        }
        if (prefix > 0 && i + prefix + hashes < n && (scan.charAt(i + prefix + hashes) == '"'
                || (hashes == 0 && scan.charAt(i + prefix) == '\''))) {
            i += prefix + hashes;
            c = scan.charAt(i);
        }
        boolean interpolated = false;
        for (int p = prefixStart; p < i; p++) {
            char q = scan.charAt(p);
            interpolated |= q == 'f' || q == 'F' || q == '$';
        }
        if (c == '"' || c == '\'' || c == '`') {
            int start = i + 1;
            if (c != '`' && start + 1 < n && scan.charAt(start) == c && scan.charAt(start + 1) == c) {
                return null; // a text block or docstring: prose, not a value
            }
            int end = start;
            while (end < n && end - start < MAX_VALUE) {
                char d = scan.charAt(end);
                if (d == '\n' || d == '\r') {
                    return null;
                }
                if (d == '\\' && c != '\'' && hashes == 0 && end + 1 < n) {
                    if (scan.charAt(end + 1) == c) {
                        return null; // an escaped quote: the value is not a simple literal
                    }
                    end += 2;
                    continue;
                }
                if (d == c && closesRaw(scan, end + 1, hashes)) {
                    if (interpolated && scan.substring(start, end).indexOf('{') >= 0) {
                        return null; // f"...{x}", $"...{x}": a template filled at run time
                    }
                    if (syntax != Syntax.PROSE && continuesExpression(scan, end + 1 + hashes, syntax)) {
                        return null;
                    }
                    return new Value(start, end, true);
                }
                end++;
            }
            return null;
        }
        if (c == '\\') {
            // JSON-escaped string inside a string: \"value\" (or \\\"value\\\")
            int q = i;
            while (q < n && scan.charAt(q) == '\\') {
                q++;
            }
            if (q < n && scan.charAt(q) == '"') {
                String closing = scan.substring(i, q + 1);
                int start = q + 1;
                int end = start;
                while (end < n && end - start < MAX_VALUE && scan.charAt(end) != '\n') {
                    if (scan.charAt(end) == '\\' && end + closing.length() <= n
                            && scan.substring(end, end + closing.length()).equals(closing)) {
                        return new Value(start, end, true);
                    }
                    if (scan.charAt(end) == '"') {
                        return null;
                    }
                    end++;
                }
            }
            return null;
        }
        if (!syntax.takesBareValues() && !inString && !inComment(scan, i)) {
            return null;
        }
        int start = i;
        int end = i;
        while (end < n && end - start < MAX_VALUE) {
            char d = scan.charAt(end);
            if (d <= ' ' || d == '"' || d == '\'' || d == '`' || d == ',' || d == ';' || d == '}' || d == ']'
                    || d == ')' || d == '<' || d == '>' || (query && d == '&')) {
                break;
            }
            if (d == '\\' && end + 1 < n && "nrt\"'".indexOf(scan.charAt(end + 1)) >= 0) {
                break;
            }
            end++;
        }
        // A sentence's full stop or colon is not part of the value; an ellipsis (truncation) is, and marks it fake.
        if (end - start > 1 && (scan.charAt(end - 1) == '.' || scan.charAt(end - 1) == ':')
                && scan.charAt(end - 2) != '.') {
            end--;
        }
        if (end == start || (!syntax.takesBareValues() && inString
                && (end >= n || ";\"'&\\".indexOf(scan.charAt(end)) < 0))) {
            return null; // in code, a bare value must end where its string or field ends
        }
        if (isCodeShaped(scan, start, end)) {
            return null;
        }
        return new Value(start, end, false);
    }

    private static boolean startsWithWord(TextScan scan, int i, String word) {
        return i + word.length() <= scan.length() && scan.substring(i, i + word.length()).equals(word);
    }

    /** After a raw string's closing quote, its {@code #} marks ({@code r#"..."#}). */
    private static boolean closesRaw(TextScan scan, int from, int hashes) {
        for (int h = 0; h < hashes; h++) {
            if (from + h >= scan.length() || scan.charAt(from + h) != '#') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the literal ending before {@code i} is part of a larger expression: concatenated ({@code "a" + b}),
     * a receiver ({@code "x".encode()}, {@code "%s" % x}) or indexed. Such a string is a piece of a value, built at
     * run time; in data and configuration only concatenation counts.
     */
    private static boolean continuesExpression(TextScan scan, int i, Syntax syntax) {
        int n = scan.length();
        while (i < n && (scan.charAt(i) == ' ' || scan.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n) {
            return false;
        }
        char c = scan.charAt(i);
        if (c == '+' && !(i + 1 < n && scan.charAt(i + 1) == '+')) {
            return true;
        }
        if (syntax != Syntax.CODE) {
            return false;
        }
        if (c == '.' && i + 1 < n && Character.isLetter(scan.charAt(i + 1))) {
            int end = i + 1;
            while (end < n && (Character.isLetterOrDigit(scan.charAt(end)) || scan.charAt(end) == '_')) {
                end++;
            }
            return !CONVERSIONS.contains(scan.substring(i + 1, end));
        }
        return c == '[' || c == '%' || (c == '*' && i + 1 < n && scan.charAt(i + 1) == ' ');
    }

    /** Methods that only convert a literal ({@code "x".to_string()}): the value is still the literal. */
    private static final java.util.Set<String> CONVERSIONS = java.util.Set.of("to_string", "to_owned", "into",
            "encode", "as_bytes", "as_str", "getBytes", "toCharArray", "toByteArray", "bytes", "freeze", "trim",
            "strip", "String", "toString");

    /**
     * A bare word that is code rather than a value: a call, index or initializer ({@code getCookie(request},
     * {@code results[results.padj}, {@code &pkg.Params{}), a dereference or reference ({@code &x}, {@code *x}),
     * markup ({@code **bold**}, {@code [link](...)}), or a format string ({@code %M:%SZ}).
     */
    private static boolean isCodeShaped(TextScan scan, int start, int end) {
        char first = scan.charAt(start);
        if (first == '&' || first == '*' || first == '[' || first == '(' || first == '{' || first == '!'
                || first == '|' || first == '\\' || first == '/' && end - start > 1 && scan.charAt(start + 1) == '\\') {
            return true;
        }
        boolean identifier = Character.isLetter(first) || first == '_' || first == '$';
        for (int i = start; i < end; i++) {
            char c = scan.charAt(i);
            if ((c == '(' || c == '[' || c == '{') && identifier) {
                return true;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == ':' || c == '-')) {
                identifier = false;
            }
        }
        return false;
    }

    /**
     * {@code setX(}, {@code withX(} or {@code obj.x(} (a builder): a call that sets the value, not one that uses it.
     * A method named by a verb ({@code headers.ContainsKey(}, {@code http.CanonicalHeaderKey(},
     * {@code cache.getToken(}) takes a name or key to look up, not a secret.
     */
    private static boolean isSetter(TextScan scan, int nameStart, int nameEnd) {
        int dot = nameStart;
        for (int i = nameStart; i < nameEnd; i++) {
            if (scan.charAt(i) == '.') {
                dot = i + 1;
            }
        }
        if (dot > nameStart || (nameStart > 0 && scan.charAt(nameStart - 1) == '.')) {
            String first = firstWord(scan, dot, nameEnd);
            return first != null && !KeyNames.isVerb(first);
        }
        return startsWithWord(scan, dot, nameEnd, "set") || startsWithWord(scan, dot, nameEnd, "with");
    }

    /**
     * The first of {@link KeyNames#words} of the name in {@code [start, end)}, or {@code null} if it has none: read
     * in place, since this runs for every call of a secret-named method ({@code client.getToken(}).
     */
    private static String firstWord(TextScan scan, int start, int end) {
        int from = start;
        while (from < end && !Character.isLetterOrDigit(scan.charAt(from))) {
            from++;
        }
        if (from == end) {
            return null;
        }
        int to = from + 1;
        while (to < end && Character.isLetterOrDigit(scan.charAt(to)) && !KeyNames.wordBoundary(scan.charAt(to - 1),
                scan.charAt(to), to + 1 < end ? scan.charAt(to + 1) : ' ')) {
            to++;
        }
        return scan.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the camel-case name in {@code [start, end)} begins with the word {@code word}: setX, not settings. */
    private static boolean startsWithWord(TextScan scan, int start, int end, String word) {
        int after = start + word.length();
        return after < end && scan.substring(start, after).equals(word) && Character.isUpperCase(scan.charAt(after));
    }

    /** Whether the quoted name starting at {@code nameStart} is the first argument of a call: {@code f("NAME", }. */
    private static boolean firstArgument(TextScan scan, int nameStart) {
        int i = nameStart - 1;
        while (i >= 0 && (scan.charAt(i) == '"' || scan.charAt(i) == '\'' || scan.charAt(i) == ' ')) {
            i--;
        }
        return i >= 0 && scan.charAt(i) == '(';
    }

    /**
     * {@code password: str = "..."}, {@code apiKey: string = '...'}: in code, a type may stand between the name and
     * the value. Returns the offset after the {@code =} when there is such a type, else {@code i} unchanged.
     */
    private static int afterTypeAnnotation(TextScan scan, int i) {
        int n = scan.length();
        int j = i;
        while (j < n && j - i < 60) {
            char c = scan.charAt(j);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '[' || c == ']' || c == '|' || c == ' '
                    || c == ',' || c == '?' || c == '<' || c == '>') {
                j++;
            } else {
                break;
            }
        }
        if (j > i && j + 1 < n && scan.charAt(j) == '=' && scan.charAt(j + 1) != '=') {
            return j + 1;
        }
        return i;
    }

    /** Whether offset {@code i} of a code file is in a line comment, where {@code KEY=value} is text, not code. */
    private static boolean inComment(TextScan scan, int i) {
        int start = scan.lineStart(i, 400);
        while (start < i && (scan.charAt(start) == ' ' || scan.charAt(start) == '\t')) {
            start++;
        }
        char c = start < i ? scan.charAt(start) : ' ';
        return c == '#' || (c == '/' && start + 1 < i && scan.charAt(start + 1) == '/') || c == '*'
                || (c == '-' && start + 1 < i && scan.charAt(start + 1) == '-');
    }

    private static void judge(TextScan scan, String name, KeyNames.Kind kind, Value value) {
        String raw = value.text(scan);
        // A JSON string is judged by the value it stands for: an escaped slash (\/) is not a pattern's escape.
        String text = scan.syntax == Syntax.DATA && value.quoted() ? HumanValues.jsonUnescaped(raw) : raw;
        if (text.length() < 6 || scan.allowed(text) || scan.allowed(raw) || LookAlikes.universal(text) != null) {
            return;
        }
        List<String> words = KeyNames.words(name);
        ContextualProviders.Entry provider = ContextualProviders.byName(words, name);
        if (provider != null && provider.acceptsUuid() && ContextualProviders.isUuid(text)) {
            scan.add(new Candidate(provider.rule(), value.start(), value.end(), text, 0, Candidate.CONTEXTUAL, null));
            return;
        }
        boolean providerShape = provider != null && provider.shape() != null && provider.matchesValue(text);
        if (!providerShape && HumanValues.notGenerated(text, words, kind == KeyNames.Kind.PASSWORD)) {
            return;
        }
        if (LookAlikes.contextual(text) != null || LookAlikes.containsSecretWord(text)
                || (!value.quoted() && LookAlikes.isCodeExpression(text)) || LookAlikes.isWords(text)) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return;
            }
        }
        double entropy = Entropy.shannon(text);
        if (!providerShape) {
            int classes = Entropy.characterClasses(text);
            if (kind == KeyNames.Kind.PASSWORD) {
                // 8 characters, or 6 with three kinds of character (Xq9#vL): shorter is a PIN or a word
                if ((text.length() < 8 && !(text.length() >= 6 && classes >= 3)) || entropy < 2.5) {
                    return;
                }
            } else if (kind == KeyNames.Kind.BARE_KEY) {
                if (text.length() < 24 || entropy < scan.entropyThreshold() + 0.5 || classes < 3) {
                    return;
                }
            } else if (text.length() < 12 || entropy < scan.entropyThreshold() || classes < 2
                    || (text.length() < 16 && (classes < 3 || entropy < scan.entropyThreshold() + 0.2))
                    || !isTokenCharacters(text)) {
                return; // 16 characters, or 12 that mix three kinds of character
            }
            if (ExampleContext.isExample(scan, value.start(), name)
                    && (text.length() < 20 || entropy < scan.entropyThreshold() + 0.7)) {
                return; // next to "example", "your", "dummy": only a strongly random value is taken as leaked
            }
        }
        SecretRule rule;
        if (provider != null && provider.matchesValue(text)) {
            rule = provider.rule();
        } else {
            rule = kind == KeyNames.Kind.PASSWORD ? ContextRules.GENERIC_PASSWORD : ContextRules.GENERIC_SECRET;
        }
        scan.add(new Candidate(rule, value.start(), value.end(), raw, 0, Candidate.CONTEXTUAL, null));
    }

    /** Tokens and keys are generated from a URL- and header-safe alphabet; brackets and spaces mean code or text. */
    private static boolean isTokenCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("()[]{}<>\"'`,;|\\".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
