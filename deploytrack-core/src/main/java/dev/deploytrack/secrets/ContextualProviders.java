package dev.deploytrack.secrets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Providers whose keys have no prefix (Mistral, Cohere, Datadog, Twilio...) are recognised by the name they are
 * assigned to: {@code MISTRAL_API_KEY=<32 characters>} is reported as a Mistral key, not a generic secret. A few
 * providers issue UUIDs as keys; under their names (and only there) a UUID is reported.
 */
final class ContextualProviders {

    /**
     * One provider: all of {@code required} words (each an alternative set separated by {@code |}) must occur in the
     * key name; the value must match {@code shape} when there is one.
     */
    record Entry(SecretRule rule, List<String> required, Pattern shape, boolean acceptsUuid) {

        /** Read in place, without splitting: this runs for every value under a secret name. */
        boolean matchesName(List<String> words, String rawName) {
            for (String requirement : required) {
                boolean any = false;
                int start = 0;
                while (!any && start <= requirement.length()) {
                    int bar = requirement.indexOf('|', start);
                    int end = bar < 0 ? requirement.length() : bar;
                    if (requirement.charAt(start) == '=') {
                        any = rawName.length() == end - start - 1
                                && rawName.regionMatches(true, 0, requirement, start + 1, end - start - 1);
                    } else {
                        for (String word : words) {
                            any |= word.length() == end - start
                                    && requirement.regionMatches(start, word, 0, end - start);
                        }
                    }
                    start = end + 1;
                }
                if (!any) {
                    return false;
                }
            }
            return true;
        }

        boolean matchesValue(String value) {
            return shape == null || shape.matcher(value).matches();
        }
    }

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final List<Entry> ENTRIES = List.of(
            entry(ProviderRules.AWS_SECRET_KEY, "[A-Za-z0-9/+]{40}", "aws|amazon", "secret"),
            entry(ProviderRules.AWS_SECRET_KEY, "[A-Za-z0-9/+]{40}", "=secretaccesskey|=secret_access_key"),
            entry(ProviderRules.DATADOG_API, "[a-f0-9]{32}", "datadog|dd", "api"),
            entry(ProviderRules.DATADOG_APP, "[a-f0-9]{40}", "datadog|dd", "app|application"),
            entry(ProviderRules.MISTRAL, "[A-Za-z0-9]{32}", "mistral"),
            entry(ProviderRules.COHERE, "[A-Za-z0-9]{40}", "cohere|co"),
            entry(ProviderRules.TWILIO_AUTH, "[a-f0-9]{32}", "twilio"),
            entry(ProviderRules.AZURE_OPENAI, "[a-f0-9]{32}|[A-Za-z0-9]{84}", "azure|aoai",
                    "openai|aoai|cognitive|ai|search|speech|translator|language"),
            entry(ProviderRules.AZURE_STORAGE, "[A-Za-z0-9+/]{86}==", "azure|storage", "storage|account"),
            entry(ProviderRules.AZURE_AD_SECRET, null, "azure|arm|aad|entra", "client"),
            entry(ProviderRules.CLOUDFLARE, "[A-Za-z0-9_-]{40}|[a-f0-9]{37}", "cloudflare|cf"),
            entry(ProviderRules.ELEVENLABS, "[a-f0-9]{32}", "elevenlabs|eleven|xi"),
            entry(ProviderRules.ATLASSIAN, "[A-Za-z0-9]{24}", "atlassian|jira|confluence"),
            entry(ProviderRules.MAILGUN, null, "mailgun"),
            entry(ProviderRules.SENTRY, "[a-f0-9]{64}", "sentry"),
            entry(ProviderRules.VAULT, "s\\.[A-Za-z0-9]{24}", "vault"),
            entry(ProviderRules.DISCORD_BOT, null, "discord"),
            entry(ProviderRules.TELEGRAM, null, "telegram"),
            new Entry(ProviderRules.HEROKU, List.of("heroku"), null, true),
            new Entry(ProviderRules.PINECONE, List.of("pinecone"), null, true),
            new Entry(ProviderRules.NPM, List.of("=_authtoken|npm"), null, true));

    private ContextualProviders() {
    }

    private static Entry entry(SecretRule rule, String shape, String... required) {
        return new Entry(rule, List.of(required), shape == null ? null : Pattern.compile(shape), false);
    }

    /** The first provider whose name requirements {@code words} meet, or {@code null}. */
    static Entry byName(List<String> words, String rawName) {
        for (Entry entry : ENTRIES) {
            if (entry.matchesName(words, rawName)) {
                return entry;
            }
        }
        return null;
    }

    static boolean isUuid(String value) {
        return UUID.matcher(value).matches();
    }
}
