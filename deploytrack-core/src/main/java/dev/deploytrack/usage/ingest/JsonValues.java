package dev.deploytrack.usage.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.deploytrack.secrets.SecretRedaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading values that logs write loosely (numbers as strings, times in several layouts) into exact ones. */
final class JsonValues {

    /** {@code 2026-11-03 10:00:00.123} (LiteLLM's database layout), read as UTC. */
    private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    /** Metadata keys whose values are credentials or their hashes: never stored. */
    private static final Pattern CREDENTIAL_KEY = Pattern.compile(
            "(?i).*(api_key$|api-key$|apikey|secret|password|passwd|token$|authorization|cookie|bearer|private_key"
                    + "|user_api_key$|hashed).*");

    /** Longer metadata values are not kept: they are content, not labels. */
    static final int MAX_METADATA_VALUE = 256;

    private JsonValues() {
    }

    /** Reads the value of one field; must consume it ({@link JsonParser#skipChildren()} for one it ignores). */
    interface FieldReader {
        void read(String name) throws IOException;
    }

    /** Visits the fields of the object the parser is at; anything but an object is skipped. */
    static void fields(JsonParser json, FieldReader reader) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            reader.read(name);
        }
    }

    /** Receives one object of a document as a tree, with the line it starts on. */
    interface ObjectReader {
        void read(JsonNode object, long line) throws IOException;
    }

    /**
     * Visits each object of a stream of JSON documents (one after another, or one per line), and each object of a
     * top-level array, one at a time.
     */
    static void objects(JsonParser json, ObjectReader reader) throws IOException {
        JsonToken token;
        while ((token = json.nextToken()) != null) {
            if (token == JsonToken.START_ARRAY) {
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    long line = json.currentLocation().getLineNr();
                    reader.read(json.readValueAsTree(), line);
                }
            } else if (token == JsonToken.START_OBJECT) {
                long line = json.currentLocation().getLineNr();
                reader.read(json.readValueAsTree(), line);
            }
        }
    }

    /** A count: a non-negative whole number, given as a number or a string; {@code null} when absent or not one. */
    static Long count(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                return null; // past a long: no log counts that many tokens, so it is not a count
            }
            long value = json.getLongValue();
            return value < 0 ? null : value;
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return count(json.getText()); // 1e400 or 2.5: not a count, never an exception
        }
        if (token == JsonToken.VALUE_STRING) {
            return count(json.getText());
        }
        json.skipChildren();
        return null;
    }

    static Long count(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                return null; // past a long (asLong would wrap it round)
            }
            long value = node.asLong();
            return value < 0 ? null : value;
        }
        if (node.isNumber()) {
            return count(node.asText());
        }
        return node.isTextual() ? count(node.asText()) : null;
    }

    static Long count(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            return value.signum() < 0 || value.stripTrailingZeros().scale() > 0 ? null : value.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** Digits before the point of the largest amount taken: far past any bill, short enough to write out. */
    private static final int MAX_AMOUNT_DIGITS = 30;
    /** Characters of the longest amount read ({@link #MAX_AMOUNT_DIGITS} digits each side, a point, an exponent). */
    private static final int MAX_AMOUNT_TEXT = 2 * MAX_AMOUNT_DIGITS + 8;

    /** An amount of money, exactly as written (a JSON number's text, not a double). */
    static BigDecimal amount(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_STRING) {
            return amount(json.getText());
        }
        json.skipChildren();
        return null;
    }

    static BigDecimal amount(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isNumber() || node.isTextual() ? amount(node.asText()) : null;
    }

    static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_AMOUNT_TEXT) {
            return null; // no amount is written with this many characters; parsing more digits only costs time
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() < 0 || value.precision() - value.scale() > MAX_AMOUNT_DIGITS
                    || value.scale() > MAX_AMOUNT_DIGITS) {
                // 1e999999999 dollars is no amount, and 1e-999999999 no fraction of a cent: writing either out, or
                // adding it to a total, would not end
                return null;
            }
            return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A string value, or {@code null} for anything else. */
    static String text(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return json.getText();
        }
        json.skipChildren();
        return null;
    }

    static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
    }

    /**
     * A time: ISO 8601 with an offset or {@code Z}, a date and time without one (read as UTC), or seconds,
     * milliseconds or nanoseconds since the epoch; {@code null} when it is none of these.
     */
    static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        if (value.endsWith("Z")) {
            try {
                return Instant.parse(value); // the layout of every log but LiteLLM's: the fast path
            } catch (DateTimeParseException e) {
                // try the others
            }
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // try the others
        }
        try {
            return LocalDateTime.parse(value, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the others
        }
        try {
            String offset = value.replace(' ', 'T');
            return OffsetDateTime.parse(offset.endsWith("+00") ? offset + ":00" : offset).toInstant();
        } catch (DateTimeParseException e) {
            // try epoch numbers
        }
        Long number = count(value);
        return number == null ? null : epoch(number);
    }

    /** Seconds, milliseconds, microseconds or nanoseconds since the epoch, told apart by magnitude. */
    static Instant epoch(long number) {
        if (number < 100_000_000_000L) {
            return Instant.ofEpochSecond(number);
        }
        if (number < 100_000_000_000_000L) {
            return Instant.ofEpochMilli(number);
        }
        if (number < 100_000_000_000_000_000L) {
            return Instant.ofEpochSecond(number / 1_000_000, (number % 1_000_000) * 1000);
        }
        return Instant.ofEpochSecond(number / 1_000_000_000, number % 1_000_000_000);
    }

    /**
     * Whether a metadata attribute may be kept: a label attribution can test, not a credential (by its name) and
     * not content (by its length). Kept values are redacted like all output.
     */
    static String metadataValue(String key, String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_METADATA_VALUE
                || CREDENTIAL_KEY.matcher(key).matches()) {
            return null;
        }
        return SecretRedaction.redact(value);
    }
}
