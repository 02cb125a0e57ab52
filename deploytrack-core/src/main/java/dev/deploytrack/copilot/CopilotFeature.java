package dev.deploytrack.copilot;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.feature.Feature;
import dev.deploytrack.feature.Settings;
import dev.deploytrack.report.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GitHub Copilot: repository and path instructions, prompt files, custom agents and legacy chat modes, each read once
 * ({@link CopilotCheck}) and handed to the rule classes of its kind below. The frontmatter rules are the shared
 * {@code frontmatter-*}; the MCP servers of a custom agent go to the MCP feature's server rules.
 */
public final class CopilotFeature implements Feature {

    /* One holder class per kind: a run without such files loads none of their rule classes. */

    /** Repository and path instructions. */
    static final class Instructions {
        static final List<FileRule<CopilotMarkdown>> RULES = List.of(new CopilotApplyToMissing(),
                new CopilotApplyToType(), new CopilotApplyToGlobInvalid(), new CopilotApplyToMatchNothing(),
                new CopilotExcludeAgent(), new CopilotInstructionsUnknownField(), new CopilotInstructionsReviewLimit());
    }

    /** Prompt files. */
    static final class Prompts {
        static final List<FileRule<CopilotMarkdown>> RULES = List.of(new CopilotPromptAgent(),
                new CopilotPromptUnknownField(), new CopilotPromptEmpty());
    }

    /** Custom agents and chat modes: rules on the file, whatever its frontmatter. */
    static final class AgentFiles {
        static final List<FileRule<CopilotMarkdown>> RULES = List.of(new CopilotChatmodeLegacy(),
                new CopilotAgentIdDuplicate(), new CopilotAgentPromptTooLong());
    }

    /** Custom agents and chat modes: rules on the fields. */
    static final class Agents {
        static final List<FileRule<CopilotMarkdown>> RULES = List.of(new CopilotAgentDescriptionMissing(),
                new CopilotAgentTarget(), new CopilotAgentBoolean(), new CopilotAgentInferRetired(),
                new CopilotAgentToolsType(), new CopilotAgentGithubIgnored(), new CopilotAgentUnknownField());
    }

    @Override
    public String name() {
        return "GitHub Copilot";
    }

    @Override
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (List<? extends FileRule<?>> kind : List.of(Instructions.RULES, Prompts.RULES, AgentFiles.RULES,
                Agents.RULES)) {
            rules.addAll(FileRule.rulesOf(kind));
        }
        return rules;
    }

    @Override
    public List<Check> checks(Settings settings) {
        return List.of(new CopilotCheck());
    }

    @Override
    public Map<String, String> sample() {
        return Map.of(
                ".github/instructions/java.instructions.md", "---\napplyTo: \"**/*.java\"\n---\nUse records.\n",
                ".github/prompts/review.prompt.md", "---\ndescription: Review\nagent: ask\n---\nReview the diff.\n",
                ".github/agents/planner.agent.md", "---\ndescription: Plans work\ntools: ['search']\ninfer: true\n"
                        + "mcp-servers:\n  docs:\n    type: http\n    url: https://example.com/mcp\n---\nPlan.\n");
    }
}
