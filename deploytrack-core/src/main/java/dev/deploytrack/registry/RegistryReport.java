package dev.deploytrack.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The answer to a query ({@code status}, {@code impact}), printable in each {@link QueryFormat}. Reports are plain
 * records: their JSON is their components, in snake_case like the registry itself.
 */
public sealed interface RegistryReport permits AgentsStatus, AgentStatus, ProjectStatus, ImpactReport {

    /** Appends the report as aligned text for a terminal. */
    void text(StringBuilder out);

    /** Appends the report as Markdown, e.g. for {@code $GITHUB_STEP_SUMMARY}. */
    void markdown(StringBuilder out);

    default String render(QueryFormat format) {
        StringBuilder out = new StringBuilder();
        switch (format) {
            case TEXT -> text(out);
            case MARKDOWN -> markdown(out);
            case JSON -> {
                try {
                    out.append(Json.MAPPER.writeValueAsString(this)).append('\n');
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a report record always serializes", e);
                }
            }
        }
        return out.toString();
    }

    /** The mapper for reports (records, snake_case, indented). */
    final class Json {

        static final ObjectMapper MAPPER = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();

        private Json() {
        }
    }
}
