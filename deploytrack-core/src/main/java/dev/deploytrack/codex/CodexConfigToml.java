package dev.deploytrack.codex;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;

/** A config.toml Codex cannot parse: it refuses to start ("config.toml:3:14: duplicate key", codex-cli 0.171.0). */
public final class CodexConfigToml extends BaseRule<CodexConfig> {

    public static final Rule RULE = Rule.of("codex-config-toml", Severity.ERROR,
            "Codex configuration is valid TOML",
            "Codex refuses to start when .codex/config.toml is not TOML 1.0, a key or table defined twice "
                    + "included (\"Error: failed to load bootstrap configuration\").");

    public CodexConfigToml() {
        super(RULE);
    }

    @Override
    public void check(CodexConfig config, CheckContext context) {
        JsonFiles.Parsed parsed = config.parsed();
        if (!parsed.ok()) {
            context.report(RULE, config.path(), parsed.line(), parsed.column(), parsed.problem() + "; Codex "
                    + "refuses to start", parsed.hint());
        }
    }
}
