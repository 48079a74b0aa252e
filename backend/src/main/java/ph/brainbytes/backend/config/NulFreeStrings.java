package ph.brainbytes.backend.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL cannot store the NUL character in text, so a JSON string holding one would fail deep in a transaction
 * as a 500. Refusing it while reading the body makes it an ordinary 400 for every endpoint at once.
 */
@Configuration(proxyBeanMethods = false)
class NulFreeStrings {

    @Bean
    JacksonModule nulFreeStringsModule() {
        return new SimpleModule("nul-free-strings").addDeserializer(String.class, new Deserializer());
    }

    private static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, value, "NUL characters are not accepted");
            }
            return value;
        }
    }
}
