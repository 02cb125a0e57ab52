package dev.deploytrack.hidden;

import dev.deploytrack.check.Check;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.check.FileRule;
import dev.deploytrack.discovery.FileType;
import dev.deploytrack.skills.Frontmatter;
import java.util.List;

/** Runs the hidden-text rules on every file whose text an agent loads into the model's context. */
final class HiddenTextCheck implements Check {

    /** The file types a model reads as text. */
    static final FileType[] TYPES = {FileType.SKILL, FileType.AGENTS_MD, FileType.CLAUDE_MD, FileType.GEMINI_MD,
        FileType.CLAUDE_AGENT, FileType.CLAUDE_COMMAND, FileType.CLAUDE_RULE, FileType.COPILOT_INSTRUCTIONS,
        FileType.COPILOT_PATH_INSTRUCTIONS, FileType.COPILOT_PROMPT, FileType.COPILOT_AGENT,
        FileType.COPILOT_CHATMODE, FileType.CURSOR_RULE, FileType.CURSOR_LEGACY_RULES, FileType.GEMINI_AGENT};

    private final List<FileRule<ModelText>> rules;

    HiddenTextCheck(List<FileRule<ModelText>> rules) {
        this.rules = rules;
    }

    /** Whether the text holds a character outside ASCII or an HTML comment opener. */
    static boolean mayHide(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7E) {
                return true;
            }
        }
        return text.contains("<!--");
    }

    @Override
    public void run(CheckContext context) {
        for (FileType type : TYPES) {
            context.forEachText(context.agentFiles().ofType(type), (path, text) -> {
                if (!mayHide(text.text())) {
                    return; // plain ASCII without a comment: nothing can hide in it
                }
                Frontmatter frontmatter = Frontmatter.of(text);
                int end = frontmatter.status() == Frontmatter.Status.PRESENT ? frontmatter.closingLine() : 0;
                FileRule.runAll(rules, new ModelText(path, type, text, end), context);
            });
        }
    }
}
