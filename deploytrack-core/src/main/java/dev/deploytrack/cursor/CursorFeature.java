package dev.deploytrack.cursor;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cursor: project rules ({@code .cursor/rules/**}), read as Cursor reads them ({@link MdcRule}), and the legacy
 * {@code .cursorrules}. Its MCP file ({@code .cursor/mcp.json}) is checked by the MCP feature's server rules.
 */
public final class CursorFeature implements Feature {

    /*
     * One holder class per kind of file: the JVM loads a kind's rule classes only when a run has such a file (the
     * pre-commit hook starts a fresh JVM for every commit).
     */

    /** Files by name: a .md in .cursor/rules, a .cursorrules. */
    static final class Files {
        static final List<FileRule<String>> RULES = List.of(new CursorRuleExtension(), new CursorLegacyRules());
    }

    /** .mdc rules. */
    static final class Rules {
        static final List<FileRule<MdcRule>> RULES = List.of(new CursorRuleFrontmatterMissing(),
                new CursorRuleUnknownField(), new CursorRuleAlwaysApplyType(), new CursorRuleGlobsQuoted(),
                new CursorRuleGlobInvalid(), new CursorRuleRedundantGlobs(), new CursorRuleGlobsMatchNothing(),
                new CursorRuleEmpty());
    }

    @Override
    public String name() {
        return "Cursor";
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(FileRule.rulesOf(Files.RULES));
        rules.addAll(FileRule.rulesOf(Rules.RULES));
        return rules;
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new CursorCheck());
    }

    @Override
    public Map<String, String> sample() {
        return Map.of(".cursor/rules/style.mdc", "---\ndescription: Code style\nglobs: \"**/*.ts\"\n"
                + "alwaysApply: false\n---\n\nUse named exports.\n", ".cursorrules", "Be brief.\n");
    }
}
