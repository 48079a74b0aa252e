package ph.brainbytes.backend.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.MessageSourceResourceBundleLocator;

/**
 * Every constraint on our request types speaks both languages: its message is a bundle key, not English text, and
 * the Filipino bundle has it (English falls back to Hibernate Validator's own texts for the jakarta keys).
 */
class ValidationMessagesTest {

    private static final String JAKARTA = "jakarta.validation.constraints.";

    @Test
    void everyConstraintMessageIsAKeyWithAFilipinoText() throws IOException {
        Properties english = bundle("messages.properties");
        Properties filipino = bundle("messages_fil.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String message : constraintMessages()) {
            boolean key = message.startsWith("{") && message.endsWith("}");
            String name = key ? message.substring(1, message.length() - 1) : message;
            if (!key || !filipino.containsKey(name) || !(name.startsWith(JAKARTA) || english.containsKey(name))) {
                untranslated.add(message);
            }
        }
        assertThat(untranslated)
                .as("constraint messages without an English and a Filipino text")
                .isEmpty();
    }

    @Test
    void aFilipinoRequestGetsFilipinoConstraintMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
            validator.setMessageInterpolator(
                    new ResourceBundleMessageInterpolator(new MessageSourceResourceBundleLocator(messages)));
            validator.afterPropertiesSet();
            LocaleContextHolder.setLocale(Locale.forLanguageTag("fil"));
            assertThat(validator.validate(new Named("")))
                    .singleElement()
                    .satisfies(v -> assertThat(v.getMessage()).isEqualTo("dapat mula 1 hanggang 5 ang haba"));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    record Named(@Size(min = 1, max = 5) String name) {}

    private static Set<String> constraintMessages() {
        Set<String> messages = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ph.brainbytes.backend")) {
            Class<?> reflected = type.reflect();
            Stream.of(
                            Arrays.stream(reflected.getDeclaredFields()).map(Field::getAnnotations),
                            Stream.concat(
                                            Arrays.stream(reflected.getDeclaredConstructors()),
                                            Arrays.stream(reflected.getDeclaredMethods()))
                                    .map(Executable::getParameters)
                                    .flatMap(Arrays::stream)
                                    .map(Parameter::getAnnotations))
                    .flatMap(s -> s)
                    .flatMap(Arrays::stream)
                    .filter(a -> a.annotationType().isAnnotationPresent(Constraint.class))
                    .map(ValidationMessagesTest::messageOf)
                    .forEach(messages::add);
        }
        return messages;
    }

    private static String messageOf(Annotation constraint) {
        try {
            return (String) constraint.annotationType().getMethod("message").invoke(constraint);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(constraint + " has no readable message", e);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
