package dev.deploytrack.config;

import dev.deploytrack.cost.CostSettings;
import dev.deploytrack.lint.RequiredSections;
import dev.deploytrack.registry.RegistrySettings;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.report.Severity;
import dev.deploytrack.secrets.SecretSettings;
import dev.deploytrack.skills.SkillSettings;
import dev.deploytrack.tokens.TokenSettings;
import dev.deploytrack.workspace.DirectoryWorkspace;
import dev.deploytrack.workspace.Glob;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code deploytrack.yml} can say, with defaults for what it does not. Immutable; the front doors derive
 * changed copies from their options ({@link #withStrict(boolean)}...), so options always override the file.
 * Every key is documented in {@code docs/configuration.md}.
 */
public final class DeploytrackConfig {

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
    private final SkillSettings skills;
    private final List<RequiredSections> requiredSections;
    private final TokenSettings tokens;
    private final CostSettings cost;
    private final RegistrySettings registry;
    private final SecretSettings secrets;

    private DeploytrackConfig(Builder builder) {
        this.strict = builder.strict;
        this.failOnWarning = builder.failOnWarning;
        this.excludes = List.copyOf(builder.excludes);
        this.maxFileSize = builder.maxFileSize;
        this.maxDepth = builder.maxDepth;
        this.ruleOverrides = Map.copyOf(builder.ruleOverrides);
        this.skills = builder.skills;
        this.requiredSections = List.copyOf(builder.requiredSections);
        this.tokens = builder.tokens;
        this.cost = builder.cost;
        this.registry = builder.registry;
        this.secrets = builder.secrets;
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
        builder.skills = skills;
        builder.requiredSections = requiredSections;
        builder.tokens = tokens;
        builder.cost = cost;
        builder.registry = registry;
        builder.secrets = secrets;
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

    /** Rule id to configured severity; empty means switched off. */
    public Map<String, Optional<Severity>> ruleOverrides() {
        return ruleOverrides;
    }

    public SkillSettings skills() {
        return skills;
    }

    public List<RequiredSections> requiredSections() {
        return requiredSections;
    }

    /** Token budgets and counting ({@code tokens:}). */
    public TokenSettings tokens() {
        return tokens;
    }

    /** Cost projection ({@code cost:}). */
    public CostSettings cost() {
        return cost;
    }

    /** The deployment registry: its file, environments in promotion order, production ({@code registry:}). */
    public RegistrySettings registry() {
        return registry;
    }

    /** The {@code secrets:} section: baseline, allowlists, custom rules. */
    public SecretSettings secrets() {
        return secrets;
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
        private SkillSettings skills = SkillSettings.defaults();
        private List<RequiredSections> requiredSections = List.of();
        private TokenSettings tokens = TokenSettings.defaults();
        private CostSettings cost = CostSettings.defaults();
        private RegistrySettings registry = RegistrySettings.defaults();
        private SecretSettings secrets = SecretSettings.defaults();

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

        public Builder skills(SkillSettings value) {
            this.skills = value;
            return this;
        }

        public Builder requiredSections(List<RequiredSections> value) {
            this.requiredSections = value;
            return this;
        }

        public Builder tokens(TokenSettings value) {
            this.tokens = value;
            return this;
        }

        public Builder cost(CostSettings value) {
            this.cost = value;
            return this;
        }

        public Builder registry(RegistrySettings value) {
            this.registry = value;
            return this;
        }

        public Builder secrets(SecretSettings value) {
            this.secrets = value;
            return this;
        }

        public DeploytrackConfig build() {
            return new DeploytrackConfig(this);
        }
    }
}
