package dev.deploytrack.config;

import dev.deploytrack.cost.CostFeature;
import dev.deploytrack.cost.CostSettings;
import dev.deploytrack.feature.Section;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.lint.LintFeature;
import dev.deploytrack.lint.RequiredSections;
import dev.deploytrack.registry.RegistryFeature;
import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.report.Severity;
import dev.deploytrack.secrets.SecretFeature;
import dev.deploytrack.secrets.SecretSettings;
import dev.deploytrack.skills.SkillFeature;
import dev.deploytrack.skills.SkillSettings;
import dev.deploytrack.tokens.TokenFeature;
import dev.deploytrack.tokens.TokenSettings;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.Glob;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code deploytrack.yml} can say, with defaults for what it does not. Immutable; the front doors derive
 * changed copies from their options ({@link #withStrict(boolean)}...), so options always override the file.
 * Every key is documented in {@code docs/configuration.md}. The run-wide keys are fields here; each feature's
 * section ({@code skills:}, {@code tokens:}...) is held by its {@link Section}, so a new feature adds no field here.
 */
public final class DeploytrackConfig implements Settings {

    /** The configuration file's name at the repository root. */
    public static final String FILE_NAME = "deploytrack.yml";

    /** Files larger than this are not checked: agent configuration is small, generated blobs are not. */
    public static final long DEFAULT_MAX_FILE_SIZE = 10L << 20;

    private final boolean strict;
    private final boolean failOnWarning;
    private final List<Glob> excludes;
    private final long maxFileSize;
    private final int maxDepth;
    private final Map<String, Optional<Severity>> ruleOverrides;
    private final List<Deprecation> deprecations;
    private final Map<Section<?>, Object> sections;

    private DeploytrackConfig(Builder builder) {
        this.strict = builder.strict;
        this.failOnWarning = builder.failOnWarning;
        this.excludes = List.copyOf(builder.excludes);
        this.maxFileSize = builder.maxFileSize;
        this.maxDepth = builder.maxDepth;
        this.ruleOverrides = Map.copyOf(builder.ruleOverrides);
        this.deprecations = builder.deprecations;
        this.sections = Map.copyOf(builder.sections);
    }

    public static DeploytrackConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.strict = strict;
        builder.failOnWarning = failOnWarning;
        builder.excludes = excludes;
        builder.maxFileSize = maxFileSize;
        builder.maxDepth = maxDepth;
        builder.ruleOverrides = ruleOverrides;
        builder.deprecations = deprecations;
        builder.sections.putAll(sections);
        return builder;
    }

    /** Policy rules report as errors (the skill verdict of the specification plus deploytrack's policies). */
    public boolean strict() {
        return strict;
    }

    /** Warnings fail the run too. */
    public boolean failOnWarning() {
        return failOnWarning;
    }

    public List<Glob> excludes() {
        return excludes;
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    public int maxDepth() {
        return maxDepth;
    }

    /** What the file says in a way that still works but is retired; each run reports these as warnings. */
    public List<Deprecation> deprecations() {
        return deprecations;
    }

    /** Rule id to configured severity; empty means switched off. */
    public Map<String, Optional<Severity>> ruleOverrides() {
        return ruleOverrides;
    }

    @Override
    public <T> T get(Section<T> section) {
        @SuppressWarnings("unchecked") // the builder stores a T under each Section<T>
        T value = (T) sections.get(section);
        return value != null ? value : section.defaults();
    }

    /** Agent Skills ({@code skills:}). */
    public SkillSettings skills() {
        return get(SkillFeature.SETTINGS);
    }

    /** Required Markdown sections ({@code markdown.required-sections}). */
    public List<RequiredSections> requiredSections() {
        return get(LintFeature.REQUIRED_SECTIONS);
    }

    /** Token budgets and counting ({@code tokens:}). */
    public TokenSettings tokens() {
        return get(TokenFeature.SETTINGS);
    }

    /** Cost projection ({@code cost:}). */
    public CostSettings cost() {
        return get(CostFeature.SETTINGS);
    }

    /** The deployment registry: its file, environments in promotion order, production ({@code registry:}). */
    public RegistrySettings registry() {
        return get(RegistryFeature.SETTINGS);
    }

    /** The {@code secrets:} section: baseline, allowlists, custom rules. */
    public SecretSettings secrets() {
        return get(SecretFeature.SETTINGS);
    }

    public RulePolicy rulePolicy() {
        return new RulePolicy(strict, ruleOverrides);
    }

    public DeploytrackConfig withStrict(boolean value) {
        return toBuilder().strict(value).build();
    }

    public DeploytrackConfig withFailOnWarning(boolean value) {
        return toBuilder().failOnWarning(value).build();
    }

    /** Whether a report fails the run under this configuration. */
    public boolean fails(Report report) {
        return report.hasErrors() || (failOnWarning && report.hasWarnings());
    }

    /** Builds a configuration; unset values keep their defaults. */
    public static final class Builder {

        private boolean strict;
        private boolean failOnWarning;
        private List<Glob> excludes = List.of();
        private long maxFileSize = DEFAULT_MAX_FILE_SIZE;
        private int maxDepth = DirectoryWorkspace.DEFAULT_MAX_DEPTH;
        private Map<String, Optional<Severity>> ruleOverrides = Map.of();
        private List<Deprecation> deprecations = List.of();
        private final Map<Section<?>, Object> sections = new HashMap<>();

        private Builder() {
        }

        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        public Builder failOnWarning(boolean value) {
            this.failOnWarning = value;
            return this;
        }

        public Builder excludes(List<Glob> value) {
            this.excludes = value;
            return this;
        }

        public Builder maxFileSize(long value) {
            this.maxFileSize = value;
            return this;
        }

        public Builder maxDepth(int value) {
            this.maxDepth = value;
            return this;
        }

        public Builder ruleOverrides(Map<String, Optional<Severity>> value) {
            this.ruleOverrides = value;
            return this;
        }

        public Builder deprecations(List<Deprecation> value) {
            this.deprecations = List.copyOf(value);
            return this;
        }

        /** Sets the value of a feature's section. */
        public <T> Builder section(Section<T> section, T value) {
            sections.put(section, Objects.requireNonNull(value, section.key()));
            return this;
        }

        public Builder skills(SkillSettings value) {
            return section(SkillFeature.SETTINGS, value);
        }

        public Builder requiredSections(List<RequiredSections> value) {
            return section(LintFeature.REQUIRED_SECTIONS, List.copyOf(value));
        }

        public Builder tokens(TokenSettings value) {
            return section(TokenFeature.SETTINGS, value);
        }

        public Builder cost(CostSettings value) {
            return section(CostFeature.SETTINGS, value);
        }

        public Builder registry(RegistrySettings value) {
            return section(RegistryFeature.SETTINGS, value);
        }

        public Builder secrets(SecretSettings value) {
            return section(SecretFeature.SETTINGS, value);
        }

        public DeploytrackConfig build() {
            return new DeploytrackConfig(this);
        }
    }
}
