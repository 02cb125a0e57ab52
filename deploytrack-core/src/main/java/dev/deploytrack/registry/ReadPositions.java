package dev.deploytrack.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Remembers where each registry object starts in the file ({@link ExtraFields#at}), so that a problem Jackson cannot
 * see (an agent entry without its environment) is still reported with its line and column.
 */
final class ReadPositions {

    private ReadPositions() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("registry-read-positions");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return ExtraFields.class.isAssignableFrom(description.getBeanClass())
                        ? new Positioned(deserializer) : deserializer;
            }
        });
        return module;
    }

    private static final class Positioned extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        Positioned(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Positioned(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            Object value = super.deserialize(parser, context);
            if (value instanceof ExtraFields fields) {
                fields.at(at.getLineNr(), at.getColumnNr());
            }
            return value;
        }
    }
}
