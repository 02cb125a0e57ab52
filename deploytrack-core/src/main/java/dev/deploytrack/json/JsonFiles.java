package dev.deploytrack.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the JSON files of agent configuration into {@link JsonTree}s, as each tool reads them, with errors at the
 * parser's line and column and a hint for the common mistakes. An unquoted token in an error message (which might
 * be a secret) is cut short.
 */
public final class JsonFiles {

    /** How a tool reads its JSON. */
    public enum Dialect {
        /** RFC 8259, and a key written twice is an error. */
        STRICT,
        /** JavaScript's {@code JSON.parse} (Claude Code, Gemini CLI): RFC 8259, the last of two equal keys wins. */
        JSON_PARSE,
        /** VS Code's JSONC: comments and trailing commas allowed. */
        JSONC,
        /**
         * Gemini CLI's settings: comments stripped ({@code strip-json-comments}), then {@code JSON.parse}: no
         * trailing commas, the last of two equal keys wins.
         */
        JSON_COMMENTS
    }

    private static final int MAX_NESTING = 64;
    private static final Pattern LONG_TOKEN = Pattern.compile("'([^'\\s]{9,})'");

    private static final JsonFactory STRICT = factory(Dialect.STRICT);
    private static final JsonFactory JSON_PARSE = factory(Dialect.JSON_PARSE);
    private static final JsonFactory JSONC = factory(Dialect.JSONC);
    private static final JsonFactory JSON_COMMENTS = factory(Dialect.JSON_COMMENTS);

    private JsonFiles() {
    }

    private static JsonFactory factory(Dialect dialect) {
        JsonFactoryBuilder builder = new JsonFactoryBuilder();
        if (dialect == Dialect.STRICT) {
            builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        }
        builder.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
        if (dialect == Dialect.JSONC) {
            builder.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).enable(JsonReadFeature.ALLOW_TRAILING_COMMA);
        } else if (dialect == Dialect.JSON_COMMENTS) {
            builder.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS);
        }
        return builder.build();
    }

    /** The outcome of parsing: the tree, or where and why the text is not JSON. */
    public record Parsed(JsonTree tree, int line, int column, String problem, String hint) {

        public boolean ok() {
            return tree != null;
        }

        static Parsed failure(int line, int column, String problem, String hint) {
            return new Parsed(null, Math.max(1, line), Math.max(1, column), problem, hint);
        }
    }

    public static Parsed parse(String text, Dialect dialect) {
        JsonFactory factory = switch (dialect) {
            case STRICT -> STRICT;
            case JSON_PARSE -> JSON_PARSE;
            case JSONC -> JSONC;
            case JSON_COMMENTS -> JSON_COMMENTS;
        };
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                return Parsed.failure(1, 1, "the file is empty; expected a JSON object", null);
            }
            JsonTree root = JsonTree.read(parser);
            if (parser.nextToken() != null) {
                JsonLocation location = parser.currentTokenLocation();
                return Parsed.failure(location.getLineNr(), location.getColumnNr(),
                        "unexpected content after the end of the JSON value", "remove it");
            }
            return new Parsed(root, root.line, root.column, null, null);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            return Parsed.failure(location == null ? 1 : location.getLineNr(),
                    location == null ? 1 : location.getColumnNr(),
                    "invalid JSON: " + withoutLongTokens(e.getOriginalMessage()),
                    hintFor(e.getOriginalMessage(), dialect));
        } catch (IOException e) {
            return Parsed.failure(1, 1, "unreadable JSON: " + withoutLongTokens(e.getMessage()), null);
        }
    }

    /**
     * Jackson quotes the offending token in its message ({@code Unrecognized token 'sk-proj-...'}); an unquoted
     * secret must not reach a report, so long quoted tokens are cut to their first four characters.
     */
    public static String withoutLongTokens(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        return LONG_TOKEN.matcher(message).replaceAll(
                match -> Matcher.quoteReplacement("'" + match.group(1).substring(0, 4) + "…'"));
    }

    private static String hintFor(String message, Dialect dialect) {
        boolean jsonc = dialect == Dialect.JSONC;
        if (message == null) {
            return null;
        }
        if (message.contains("comment") && dialect != Dialect.JSON_COMMENTS) {
            return "JSON has no comments; remove them (only .vscode/mcp.json is read as JSONC)";
        }
        if (message.contains("Duplicate field")) {
            return "each key may appear once per object; merge the two entries";
        }
        if (!jsonc && (message.contains("Unexpected character ('}'")
                || message.contains("Unexpected character (']'"))) {
            return "a trailing comma before a closing bracket is not allowed in JSON";
        }
        if (message.contains("was expecting double-quote") || message.contains("(code 39)")) {
            return "JSON keys and strings need double quotes";
        }
        return null;
    }
}
