package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.api.EncodingType;
import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.yaml.ConfigException;
import dev.deploytrack.yaml.ConfigProblem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSettingsTest {

    @Test
    void everyKeyIsBound() throws Exception {
        TokenSettings tokens = ConfigLoader.parse("""
                tokens:
                  enabled: true
                  model: claude-opus-4-7
                  thresholds: [90, 60]
                  always-loaded: 6000
                  skill-body: 4000
                  skill-metadata: 120
                  files:
                    AGENTS.md: 2000
                    "**/SKILL.md": 3000
                  estimates:
                    claude-4.7: {factor: 1.5, low: 1.4, high: 1.7}
                """, "deploytrack.yml").tokens();
        assertEquals(List.of(60, 90), tokens.thresholds());
        assertEquals(6000, tokens.alwaysLoaded());
        assertEquals(4000, tokens.skillBody());
        assertEquals(120, tokens.skillMetadata());
        assertEquals(2000, tokens.budgetFor("AGENTS.md").orElseThrow().max());
        assertEquals(3000, tokens.budgetFor("a/b/SKILL.md").orElseThrow().max());
        assertTrue(tokens.budgetFor("CLAUDE.md").isEmpty());
        Tokenization method = tokens.tokenization();
        assertEquals(new BigDecimal("1.5"), method.estimate().factor());
        assertEquals(150, method.estimate().estimate(100));
    }

    @Test
    void defaultsFollowTheSpecification() throws Exception {
        TokenSettings tokens = ConfigLoader.parse("strict: false\n", "deploytrack.yml").tokens();
        assertTrue(tokens.enabled());
        assertEquals(5000, tokens.skillBody());
        assertEquals(100, tokens.skillMetadata());
        assertEquals(List.of(70, 90), tokens.thresholds());
        assertEquals(0, tokens.alwaysLoaded());
        assertEquals(EncodingType.O200K_BASE, tokens.tokenization().encoding());
        assertTrue(tokens.tokenization().exact());
        assertFalse(tokens.withEnabled(false).enabled());
    }

    @Test
    void mistakesAreReportedWithTheirLines() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("""
                tokens:
                  encoding: o100k
                  model: gpt-5
                  thresholds: [70, 120, ninety]
                  files:
                    AGENTS.md: -5
                    CLAUDE.md: lots
                  estimates:
                    llama: {factor: 1.1}
                    claude: {factor: 1.2, low: 1.3}
                  budget: 5
                """, "deploytrack.yml"));
        List<String> problems = e.problems().stream().map(ConfigProblem::toString).toList();
        String all = String.join("\n", problems);
        assertTrue(all.contains("deploytrack.yml:2:13: error: unknown encoding 'o100k'; use one of r50k_base"), all);
        assertTrue(all.contains("set either tokens.model or tokens.encoding, not both"), all);
        assertTrue(all.contains("deploytrack.yml:4:20: error: tokens.thresholds holds percentages from 1 to 99"), all);
        assertTrue(all.contains("not 'ninety'"), all);
        assertTrue(all.contains("deploytrack.yml:6:16: error: tokens.files.AGENTS.md must be between 1 and"), all);
        assertTrue(all.contains("deploytrack.yml:7:16: error: tokens.files.CLAUDE.md must be a whole number"), all);
        assertTrue(all.contains("deploytrack.yml:9:5: error: unknown model family 'llama'"), all);
        assertTrue(all.contains("tokens.estimates.claude needs 0 < low <= factor <= high"), all);
        assertTrue(all.contains("deploytrack.yml:11:3: error: unknown key 'budget' (in tokens)"), all);
    }
}
