package dev.deploytrack.gemini;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.claude.memory.Imports;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** memport: "configurable maximum import depth (default: 5 levels)"; deeper imports are not loaded. */
public final class GeminiImportDepth extends BaseRule<GeminiMemory> {

    static final int MAX_DEPTH = 5;

    public static final Rule RULE = Rule.of("gemini-import-depth", Severity.WARNING,
            "GEMINI.md imports are at most 5 levels deep",
            "Gemini CLI follows @imports to a maximum depth of 5 levels by default (configurable, hence a "
                    + "warning); what is imported deeper is not loaded.");

    public GeminiImportDepth() {
        super(RULE);
    }

    @Override
    public void check(GeminiMemory memory, CheckContext context) {
        for (Imports.Import imported : memory.imports()) {
            String target = GeminiMemory.resolve(memory.path(), imported.path());
            if (target == null || !memory.files().contains(target)) {
                continue;
            }
            List<String> chain = new ArrayList<>(List.of(memory.path(), target));
            if (tooDeep(context, memory, chain)) {
                context.report(RULE, memory.path(), imported.line(), imported.column(), "the imports from @"
                        + imported.path() + " go deeper than " + MAX_DEPTH + " levels (" + String.join(" -> ",
                        chain) + "); Gemini CLI does not load the rest", "import the deep files directly, or "
                        + "flatten the chain");
                return;
            }
        }
    }

    /** Whether a chain of imports from the last file of {@code chain} goes past the limit (it holds the chain). */
    private static boolean tooDeep(CheckContext context, GeminiMemory memory, List<String> chain) {
        if (chain.size() - 1 > MAX_DEPTH) {
            return true;
        }
        String file = chain.get(chain.size() - 1);
        String text;
        try {
            if (context.workspace().size(file) > context.maxFileSize()) {
                return false;
            }
            text = new String(context.workspace().read(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        for (Imports.Import next : Imports.of(text)) {
            String target = GeminiMemory.resolve(file, next.path());
            if (target != null && memory.files().contains(target) && !chain.contains(target)) {
                chain.add(target);
                if (tooDeep(context, memory, chain)) {
                    return true;
                }
                chain.remove(chain.size() - 1);
            }
        }
        return false;
    }
}
