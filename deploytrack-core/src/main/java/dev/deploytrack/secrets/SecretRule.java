package dev.deploytrack.secrets;

import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.wording.Message;
import dev.deploytrack.wording.Setting;

/**
 * A kind of secret the scanner knows: its report {@link Rule} (id users switch off in {@code rules:}, title and
 * description for SARIF and docs/rules.md) and the name messages use ("GitHub personal access token").
 */
public record SecretRule(Rule rule, String label) {

    static final Message HINT = Message.of("remove it, rotate it at the provider (it is in the history now) and read "
            + "it from the environment or a secret manager; if it is not a secret, add 'deploytrack:allow' to the line "
            + "or accept it into the baseline with '", Message.command("scan", Setting.WRITE_BASELINE), "'");

    /** The hint of an unusable baseline. */
    static final Message REGENERATE_BASELINE = Message.of("regenerate it with '",
            Message.command("scan", Setting.WRITE_BASELINE), "'");

    /** A built-in rule reporting errors: a committed secret fails the build. */
    static SecretRule of(String id, String label, String description) {
        return new SecretRule(Rule.of(id, Severity.ERROR, "No " + label + " in the repository", description), label);
    }

    public String id() {
        return rule.id();
    }
}
