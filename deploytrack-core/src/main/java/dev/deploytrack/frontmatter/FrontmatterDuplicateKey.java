package dev.deploytrack.frontmatter;

import dev.deploytrack.check.BaseRule;
import dev.deploytrack.check.CheckContext;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.Rule;
import dev.deploytrack.report.Severity;
import dev.deploytrack.yaml.YamlNodes;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** A field written twice: YAML keys are unique (YAML 1.2 §3.2.1.1); Claude Code keeps the last value. */
public final class FrontmatterDuplicateKey extends BaseRule<MarkdownFile> {

    public static final Rule RULE = Rule.of("frontmatter-duplicate-key", Severity.WARNING,
            "each field is written once",
            "YAML requires the keys of a mapping to be unique. Claude Code keeps the last of two equal keys; "
                    + "strict readers reject the file. Keep one.");

    public FrontmatterDuplicateKey() {
        super(RULE);
    }

    @Override
    public void check(MarkdownFile file, CheckContext context) {
        for (Finding finding : findings(file.path(), file.frontmatter())) {
            context.findings().add(finding);
        }
    }

    /** One finding per key entry that repeats an earlier key. */
    public static List<Finding> findings(String path, FrontmatterRead read) {
        List<Finding> findings = new ArrayList<>();
        for (NodeTuple duplicate : read.duplicates()) {
            String key = YamlNodes.scalarText(duplicate.getKeyNode());
            findings.add(Finding.of(RULE, path, YamlNodes.line(duplicate.getKeyNode(), 2),
                    YamlNodes.column(duplicate.getKeyNode()), "'" + key + "' is written twice; Claude Code uses "
                    + "this last value and ignores the first").withHint("delete the entry you do not mean"));
        }
        return findings;
    }
}
