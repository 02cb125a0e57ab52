package dev.deploytrack.feature;

import dev.deploytrack.check.Check;
import dev.deploytrack.claude.ClaudeCodeFeature;
import dev.deploytrack.codex.CodexFeature;
import dev.deploytrack.copilot.CopilotFeature;
import dev.deploytrack.cost.CostFeature;
import dev.deploytrack.cursor.CursorFeature;
import dev.deploytrack.drift.DriftFeature;
import dev.deploytrack.frontmatter.FrontmatterFeature;
import dev.deploytrack.gemini.GeminiFeature;
import dev.deploytrack.hidden.HiddenTextFeature;
import dev.deploytrack.lint.LintFeature;
import dev.deploytrack.mcp.McpFeature;
import dev.deploytrack.registry.RegistryFeature;
import dev.deploytrack.release.RequestFeature;
import dev.deploytrack.secrets.SecretFeature;
import dev.deploytrack.skills.SkillFeature;
import dev.deploytrack.tokens.TokenFeature;
import dev.deploytrack.usage.UsageFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every feature deploytrack has, in the order their checks run (skills before token budgets, which read what the
 * skill check parsed). This explicit list is the only registration: like a commonmark {@code Parser.builder()
 * .extensions(...)} call, it names each feature once, and nothing is found by scanning the classpath.
 */
public final class Features {

    public static final List<Feature> ALL = List.of(
            new SkillFeature(),
            new LintFeature(),
            new McpFeature(),
            new FrontmatterFeature(),
            new ClaudeCodeFeature(),
            new CursorFeature(),
            new CopilotFeature(),
            new CodexFeature(),
            new GeminiFeature(),
            new HiddenTextFeature(),
            new TokenFeature(),
            new SecretFeature(),
            new CostFeature(),
            new RegistryFeature(),
            new UsageFeature(),
            new DriftFeature(),
            new RequestFeature());

    private Features() {
    }

    /** Every section of deploytrack.yml that a feature reads, by key. */
    public static Map<String, Section<?>> sections() {
        Map<String, Section<?>> sections = new LinkedHashMap<>();
        for (Feature feature : ALL) {
            for (Section<?> section : feature.sections()) {
                if (sections.put(section.key(), section) != null) {
                    throw new IllegalStateException("two features read the section " + section.key());
                }
            }
        }
        return sections;
    }

    /** The checks of every feature for one run, in feature order. */
    public static List<Check> checks(Settings settings) {
        List<Check> checks = new ArrayList<>();
        for (Feature feature : ALL) {
            checks.addAll(feature.checks(settings));
        }
        return checks;
    }

    /** The launcher's training repository: every feature's sample, and deploytrack.yml binding every section. */
    public static Map<String, String> trainingSample() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder settings = new StringBuilder("strict: false\n");
        for (Feature feature : ALL) {
            for (Map.Entry<String, String> file : feature.sample().entrySet()) {
                if (files.put(file.getKey(), file.getValue()) != null) {
                    throw new IllegalStateException("two features' samples hold " + file.getKey());
                }
            }
            settings.append(feature.sampleSettings());
        }
        files.put("deploytrack.yml", settings.toString());
        return files;
    }
}
