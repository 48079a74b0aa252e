package ph.brainbytes.backend.validation;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The {@link StorableText} rule for every string of every JSON request body, so no field can be forgotten: one that
 * breaks it is a 400 {@code validation} problem naming the field. Only the server's reading of requests is changed;
 * answers the backend reads from the ai-service keep the ordinary mapper, so a stray control character in a tutor's
 * answer never loses it. Request parameters and form fields carry the {@link StorableText} annotation instead.
 */
@Configuration(proxyBeanMethods = false)
class StorableJson {

    /** Replaces the JSON converter once the list is complete, so the order of customizers does not matter. */
    @Bean
    ServerHttpMessageConvertersCustomizer storableJsonRequests(JsonMapper json) {
        JsonMapper requests = json.rebuild()
                .addModule(new SimpleModule("storable-text").addDeserializer(String.class, new Deserializer()))
                .build();
        JacksonJsonHttpMessageConverter storable = new JacksonJsonHttpMessageConverter(requests);
        return builder -> builder.configureMessageConvertersList(converters -> converters.replaceAll(
                converter -> converter instanceof JacksonJsonHttpMessageConverter ? storable : converter));
    }

    private static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && !StorableTextValidator.isStorable(value)) {
                throw new UnstorableTextException(parser);
            }
            return value;
        }
    }
}
