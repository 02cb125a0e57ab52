package dev.deploytrack.cursor;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.discovery.FileType;
import java.util.List;

/** Reads each Cursor rule once, as Cursor reads it, and runs the rules of its kind. */
final class CursorCheck implements Check {

    @Override
    public void run(CheckContext context) {
        List<String> rules = context.agentFiles().ofType(FileType.CURSOR_RULE);
        List<String> legacy = context.agentFiles().ofType(FileType.CURSOR_LEGACY_RULES);
        if (rules.isEmpty() && legacy.isEmpty()) {
            return;
        }
        for (String path : legacy) {
            if (context.workspace().inScope(path)) {
                FileRule.runAll(CursorFeature.Files.RULES, path, context);
            }
        }
        for (String path : rules) {
            if (!path.endsWith(".mdc")) {
                if (context.workspace().inScope(path)) {
                    FileRule.runAll(CursorFeature.Files.RULES, path, context);
                }
                continue;
            }
            context.forEachText(List.of(path), (file, text) ->
                    FileRule.runAll(CursorFeature.Rules.RULES, MdcRule.read(file, text), context));
        }
    }
}
