package dev.deploytrack.cost;

import dev.deploytrack.yaml.YamlFile;
import dev.deploytrack.yaml.YamlMappingReader;
import dev.deploytrack.yaml.YamlNodes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which model each agent uses in an environment, {@code environments/NAME/model-overrides.yaml}:
 * <pre>
 * default_model: claude-haiku-4-5     # every agent not named below
 * agents:
 *   reviewer: claude-sonnet-4-5
 * </pre>
 * {@code main} names the main agent. Models must have a price, agents must exist; both are checked against the
 * repository and the price table when the projection is made, with the line of the mistake.
 *
 * @param file         the file, relative to the repository root
 * @param defaultModel the model of every agent not named, or {@code null}
 * @param defaultLine  the line of {@code default_model}
 * @param agents       agent name to its model and the line naming it
 */
public record ModelOverrides(String file, String defaultModel, int defaultLine, Map<String, Located> agents) {

    public static final String FILE_NAME = "model-overrides.yaml";

    public ModelOverrides {
        agents = Map.copyOf(agents);
    }

    /** A value and the line of the file it was written on. */
    public record Located(String value, int line) {
    }

    static ModelOverrides bind(YamlFile.Binding binding, String file) {
        YamlMappingReader root = binding.root();
        String defaultModel = root.string("default_model", null);
        int defaultLine = root.node("default_model").map(node -> YamlNodes.line(node, 1)).orElse(1);
        Map<String, Located> agents = new LinkedHashMap<>();
        root.mapping("agents").ifPresent(mapping -> {
            for (String agent : mapping.keys()) {
                String model = mapping.string(agent, null);
                int line = mapping.node(agent).map(node -> YamlNodes.line(node, 1)).orElse(1);
                if (model == null || model.isBlank()) {
                    mapping.problem(agent, "agents." + agent + " must name a model, e.g. claude-haiku-4-5");
                } else {
                    agents.put(agent, new Located(model.trim(), line));
                }
            }
        });
        if (defaultModel != null && defaultModel.isBlank()) {
            root.problem("default_model", "default_model must name a model, e.g. claude-haiku-4-5");
            defaultModel = null;
        }
        return new ModelOverrides(file, defaultModel == null ? null : defaultModel.trim(), defaultLine, agents);
    }
}
