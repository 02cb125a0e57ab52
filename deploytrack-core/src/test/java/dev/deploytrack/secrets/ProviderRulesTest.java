package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format, true and false samples, generated at test time: the real shape is reported under its rule id; the
 * same shape turned into a placeholder, cut short or glued into a longer word is not.
 */
class ProviderRulesTest {

    static Stream<Arguments> formats() {
        return FakeSecrets.FORMATS.stream().map(format -> Arguments.of(format.rule() + " as " + format.name(), format));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void eachFormatIsReportedUnderItsRule(String name, FakeSecrets.Format format) {
        for (int seed = 0; seed < 20; seed++) {
            String secret = format.make().apply(new FakeSecrets(seed * 31L + name.hashCode()));
            String text = "# settings\n" + format.name() + "=" + secret + "\n";
            List<SecretMatch> matches = Scans.scan(".env", text);
            assertEquals(1, matches.size(), secret.substring(0, 6) + "...: " + Scans.describe(matches));
            assertEquals(format.rule(), matches.get(0).ruleId(), Scans.describe(matches));
            assertEquals(2, matches.get(0).line());
        }
    }

    static Stream<Arguments> bareFormats() {
        return formats().filter(arguments -> ((FakeSecrets.Format) arguments.get()[1]).bare()
                && !Set.of("generic-password", "generic-secret").contains(((FakeSecrets.Format) arguments.get()[1])
                .rule()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bareFormats")
    void providerFormatsNeedNoSecretNameAround(String name, FakeSecrets.Format format) {
        String secret = format.make().apply(new FakeSecrets(name.hashCode()));
        List<SecretMatch> matches = Scans.scan("notes.md", "The value `" + secret + "` was pasted here.\n");
        assertEquals(List.of(format.rule()), matches.stream().map(SecretMatch::ruleId).toList(),
                Scans.describe(matches));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bareFormats")
    void placeholdersOfTheSameShapeAreNotReported(String name, FakeSecrets.Format format) {
        String secret = format.make().apply(new FakeSecrets(name.hashCode()));
        String prefix = secret.substring(0, Math.min(secret.length() / 3, 12));
        String masked = prefix + "x".repeat(secret.length() - prefix.length());
        String truncated = prefix + "...";
        String starred = prefix + "*".repeat(secret.length() - prefix.length());
        for (String lookAlike : List.of(masked, truncated, starred)) {
            List<SecretMatch> matches = Scans.scan("README.md", "export " + format.name() + "=" + lookAlike + "\n");
            assertTrue(matches.isEmpty(), lookAlike + ": " + Scans.describe(matches));
        }
    }

    static Stream<Arguments> prefixedFormats() {
        return bareFormats().filter(arguments -> {
            String rule = ((FakeSecrets.Format) arguments.get()[1]).rule();
            return !Set.of("jwt", "telegram-bot-token", "azure-ad-client-secret", "azure-storage-key",
                    "slack-webhook-url", "discord-webhook-url").contains(rule);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prefixedFormats")
    void aPrefixGluedToALongerWordIsNotAToken(String name, FakeSecrets.Format format) {
        String secret = format.make().apply(new FakeSecrets(name.hashCode()));
        List<SecretMatch> matches = Scans.scan("notes.txt", "id: Zq" + secret + "\n");
        assertTrue(matches.stream().noneMatch(m -> m.ruleId().equals(format.rule())), Scans.describe(matches));
    }
}
