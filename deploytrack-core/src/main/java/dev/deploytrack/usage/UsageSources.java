package dev.deploytrack.usage;

/** The names of the formats usage records are read from, as records and reports name them. */
public final class UsageSources {

    public static final String CLAUDE_CODE = "claude-code";
    public static final String CODEX = "codex";
    public static final String OPENTELEMETRY = "opentelemetry";
    public static final String LITELLM = "litellm";
    public static final String ANTHROPIC_COST_REPORT = "anthropic-cost-report";
    public static final String OPENAI_COSTS = "openai-costs";

    private UsageSources() {
    }

    /** The provider a model name belongs to when the source does not say: by the model family's prefix. */
    public static String providerOfModel(String model) {
        if (model == null) {
            return null;
        }
        String name = model.contains("/") ? model.substring(model.lastIndexOf('/') + 1) : model;
        if (name.startsWith("claude")) {
            return "anthropic";
        }
        if (name.startsWith("gpt-") || name.startsWith("o1") || name.startsWith("o3") || name.startsWith("o4")
                || name.startsWith("codex")) {
            return "openai";
        }
        if (name.startsWith("gemini")) {
            return "google";
        }
        return null;
    }
}
