package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.config.DeploytrackConfig;
import dev.deploytrack.config.RuleCatalog;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.ConfigException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The secrets: section of deploytrack.yml, and rules switched off through rules:. */
class SecretSettingsTest {

    @Test
    void everyKeyIsBound() throws ConfigException {
        DeploytrackConfig config = ConfigLoader.parse("""
                rules:
                  generic-password: off
                  jwt: warning
                secrets:
                  enabled: false
                  baseline: security/secrets-baseline.json
                  max-file-size: 2MB
                  entropy: 3.5
                  exclude: [test/fixtures/**]
                  allow: ["^sk_test_"]
                  custom-rules:
                    - id: acme-token
                      description: ACME internal token
                      regex: 'acme_(?<secret>[a-f0-9]{32})'
                      keywords: [acme_]
                      entropy: 2.5
                      severity: warning
                """, "deploytrack.yml");
        SecretSettings secrets = config.secrets();
        assertFalse(secrets.enabled());
        assertEquals("security/secrets-baseline.json", secrets.baseline());
        assertEquals(2L << 20, secrets.maxFileSize());
        assertEquals(3.5, secrets.entropy());
        assertTrue(secrets.excludes().get(0).matches("test/fixtures/a/b.env"));
        assertTrue(secrets.allow().get(0).matcher("sk_test_abc").find());
        CustomRule rule = secrets.customRules().get(0);
        assertEquals("acme-token", rule.id());
        assertEquals(Severity.WARNING, rule.severity());
        assertEquals(List.of("acme_"), rule.keywords());
        assertFalse(config.rulePolicy().isEnabled(ContextRules.GENERIC_PASSWORD.rule()));
        assertEquals(Severity.WARNING, config.rulePolicy().severityOf(ContextRules.JWT.rule()).orElseThrow());
    }

    @Test
    void mistakesNameTheLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("""
                secrets:
                  baseline: ../outside.json
                  entropy: 12
                  max-file-size: lots
                  allow: ["(unclosed"]
                  custom-rules:
                    - id: github-pat
                      regex: 'x'
                      keywords: [xy]
                    - id: Bad Id
                      regex: 'x'
                      keywords: [xy]
                    - regex: 'x'
                  colour: blue
                """, "deploytrack.yml"));
        String problems = e.problems().toString();
        assertTrue(problems.contains("deploytrack.yml:2:13: error: secrets.baseline must be a path inside the "
                + "repository"), problems);
        assertTrue(problems.contains("deploytrack.yml:3:12: error: secrets.entropy is in bits per character"),
                problems);
        assertTrue(problems.contains("deploytrack.yml:4:18: error: secrets.max-file-size must be a size"), problems);
        assertTrue(problems.contains("secrets.allow is not a valid regular expression: Unclosed group"), problems);
        assertFalse(problems.contains("(unclosed"), "the pattern may hold a secret and is never quoted: " + problems);
        assertTrue(problems.contains("custom rule id 'github-pat' is already taken"), problems);
        assertTrue(problems.contains("custom rule id 'Bad Id' must be lower-case"), problems);
        assertTrue(problems.contains("needs 'id', 'regex' and 'keywords'"), problems);
        assertTrue(problems.contains("unknown key 'colour' (in secrets)"), problems);
    }

    @Test
    void everySecretRuleIsInTheCatalogue() {
        for (SecretRule rule : SecretRules.SECRETS) {
            assertTrue(RuleCatalog.find(rule.id()).isPresent(), rule.id());
        }
        assertTrue(SecretRules.SECRETS.size() >= 80, "rules: " + SecretRules.SECRETS.size());
        for (Detector detector : new SecretScanner.Engine(SecretSettings.defaults()).detectors()) {
            for (SecretRule rule : detector.rules()) {
                assertTrue(SecretRules.SECRETS.contains(rule), detector.keywords() + " reports " + rule.id()
                        + ", which is not in SecretRules (nor in docs/rules.md)");
            }
        }
    }
}
