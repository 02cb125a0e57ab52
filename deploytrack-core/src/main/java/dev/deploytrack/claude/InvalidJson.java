package dev.deploytrack.claude;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.json.JsonFiles;
import dev.deploytrack.json.JsonFixes;
import dev.deploytrack.json.JsonTree;
import dev.deploytrack.report.Rule;

/** The base of the rules that a Claude Code JSON file of one type is a JSON object at all. */
public abstract class InvalidJson extends BaseRule<ClaudeJson> {

    private final FileType type;
    private final String consequence;

    protected InvalidJson(Rule rule, FileType type, String consequence) {
        super(rule);
        this.type = type;
        this.consequence = consequence;
    }

    @Override
    public final void check(ClaudeJson file, CheckContext context) {
        if (file.type() != type) {
            return;
        }
        if (!file.parsed().ok()) {
            context.report(rule(), file.path(), file.parsed().line(), file.parsed().column(),
                    file.parsed().problem() + "; " + consequence, file.parsed().hint());
            if (context.fixing()) {
                context.text(file.path()).ifPresent(text -> context.offer(JsonFixes.trailingCommas(rule(),
                        file.path(), text, JsonFiles.Dialect.JSON_PARSE)));
            }
        } else if (!file.root().is(JsonTree.Kind.OBJECT)) {
            file.report(context, rule(), file.root(), "the file must hold a JSON object, but it holds "
                    + file.root().describe() + "; " + consequence, null);
        }
    }
}
