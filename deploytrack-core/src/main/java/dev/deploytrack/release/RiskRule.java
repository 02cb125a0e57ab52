package dev.deploytrack.release;

import java.math.BigDecimal;

/**
 * A rule a team declares under {@code request.risk} in deploytrack.yml: when a deployment request meets it, the
 * request's risk is at least {@code level}.
 *
 * @param kind      what the rule looks at
 * @param level     the risk it gives
 * @param overPercent for the increase rules, the increase (in percent) above which they apply; else {@code null}
 */
public record RiskRule(Kind kind, RiskLevel level, BigDecimal overPercent) {

    /** What a risk rule looks at; each has its key in {@code request.risk}. */
    public enum Kind {
        /** An agent never deployed to the environment before. */
        FIRST_DEPLOYMENT("first-deployment"),
        /** The environment's projected monthly cost rises by more than the percentage. */
        COST_INCREASE("cost-increase"),
        /** An agent's tokens (its main file) rise by more than the percentage. */
        TOKEN_INCREASE("token-increase"),
        /** An agent may write: tools such as Write, Edit or Bash, or an agent definition without a tools list. */
        WRITE_TOOLS("write-tools"),
        /** validate or the secret scan found errors in what goes out. */
        FINDINGS("findings"),
        /** An agent's major version changes (semantic versions). */
        MAJOR_VERSION("major-version");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** Whether the rule takes an {@code over:} percentage. */
        public boolean takesPercent() {
            return this == COST_INCREASE || this == TOKEN_INCREASE;
        }
    }
}
