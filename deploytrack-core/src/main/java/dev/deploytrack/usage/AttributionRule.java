package dev.deploytrack.usage;

import dev.deploytrack.workspace.Glob;
import dev.deploytrack.yaml.YamlMappingReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of {@code usage.attribution}: the conditions a record must meet ({@code when}) and the agent and
 * environment it is then attributed to. Every condition given must hold: {@code cwd} is a path glob on the working
 * directory (a directory matches everything below it), {@code model} and {@code source} globs on the model and the
 * source, {@code tags} tags the record must all have, {@code metadata} values its metadata fields must match (globs).
 * {@code agent} and {@code environment} are names, or {@code {metadata.KEY}} to take them from a metadata field.
 *
 * @param line the rule's line in deploytrack.yml, for reports
 */
public record AttributionRule(String agent, String environment, String project, Glob cwd, Pattern model,
                              Pattern source, List<String> tags, Map<String, Pattern> metadata, int line) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{metadata\\.([^}]+)}");

    static Optional<AttributionRule> bind(YamlMappingReader entry) {
        String agent = entry.string("agent", null);
        String environment = entry.string("environment", null);
        String project = entry.string("project", null);
        if (agent == null || environment == null) {
            entry.problem(agent == null ? "agent" : "environment", entry.path() + " needs 'agent' and "
                    + "'environment' (a name, or {metadata.KEY})");
            return Optional.empty();
        }
        Glob cwd = null;
        Pattern model = null;
        Pattern source = null;
        List<String> tags = new ArrayList<>();
        Map<String, Pattern> metadata = new LinkedHashMap<>();
        Optional<YamlMappingReader> when = entry.mapping("when");
        if (when.isPresent()) {
            YamlMappingReader conditions = when.get();
            String cwdText = conditions.string("cwd", null);
            if (cwdText != null) {
                try {
                    cwd = Glob.of(stripLeadingSlash(cwdText.replace('\\', '/')));
                } catch (IllegalArgumentException e) {
                    conditions.problem("cwd", "'" + cwdText + "' in " + conditions.qualified("cwd")
                            + " is not a valid glob pattern");
                }
            }
            model = glob(conditions.string("model", null));
            source = glob(conditions.string("source", null));
            tags.addAll(conditions.stringList("tags"));
            conditions.stringMap("metadata").forEach((key, value) -> metadata.put(key, glob(value)));
        }
        int line = entry.node("agent").map(node -> dev.deploytrack.yaml.YamlNodes.line(node, 1)).orElse(1);
        return Optional.of(new AttributionRule(agent, environment, project, cwd, model, source, tags, metadata,
                line));
    }

    /** Whether the record meets every condition. */
    public boolean matches(UsageRecord record) {
        if (cwd != null && (record.cwd() == null || !cwd.matches(stripLeadingSlash(record.cwd().replace('\\', '/'))))) {
            return false;
        }
        if (model != null && (record.model() == null || !model.matcher(record.model()).matches())) {
            return false;
        }
        if (source != null && !source.matcher(record.source()).matches()) {
            return false;
        }
        if (!record.tags().containsAll(tags)) {
            return false;
        }
        for (Map.Entry<String, Pattern> condition : metadata.entrySet()) {
            String value = record.metadata(condition.getKey());
            if (value == null || !condition.getValue().matcher(value).matches()) {
                return false;
            }
        }
        String resolvedAgent = resolve(agent, record);
        return resolvedAgent != null && resolve(environment, record) != null;
    }

    /** A name, or the metadata field a {@code {metadata.KEY}} placeholder names; {@code null} when it is missing. */
    static String resolve(String template, UsageRecord record) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = record.metadata(matcher.group(1));
            if (value == null || value.isEmpty()) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A shell-like glob ({@code *}, {@code ?}) over a whole value. */
    static Pattern glob(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static String stripLeadingSlash(String path) {
        String trimmed = path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        return trimmed.isEmpty() ? "." : trimmed;
    }
}
