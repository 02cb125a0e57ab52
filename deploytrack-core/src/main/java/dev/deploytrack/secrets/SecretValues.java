package dev.deploytrack.secrets;

import java.util.Locale;
import java.util.Set;

/**
 * The secret scanner's judgement of one named value, for checks that find values by structure (an MCP server's
 * {@code env} and headers): whether the name says "secret", and whether the scanner's own detectors already report the
 * value (so that one cause gives one finding). Nothing here prints or keeps the value.
 */
public final class SecretValues {

    /** Header names that carry credentials whatever the secret-name words say. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization",
            "x-api-key", "api-key", "x-auth-token", "x-access-token", "cookie");

    private SecretValues() {
    }

    /** Whether {@code name} (an environment variable, a header, a key) names a secret: a token, key or password. */
    public static boolean isSecretName(String name) {
        if (CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        KeyNames.Kind kind = KeyNames.classify(name);
        return kind == KeyNames.Kind.PASSWORD || kind == KeyNames.Kind.TOKEN;
    }

    /**
     * Whether the secret scan reports {@code value} assigned to {@code name} on its own (a provider's key format, a
     * password it judges real), as it scans the file anyway.
     */
    public static boolean scannerReports(String path, String name, String value) {
        String line = "\"" + name + "\": \"" + value + "\"\n";
        return !Holder.SCANNER.scanText(path, line).isEmpty();
    }

    /** Built the first time a literal secret-named value is met, not before. */
    private static final class Holder {
        static final SecretScanner SCANNER = SecretScanner.defaults();
    }
}
