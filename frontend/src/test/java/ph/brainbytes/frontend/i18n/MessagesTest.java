package ph.brainbytes.frontend.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, and every key a template names exists. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9.\\-]+)[}(]");

    @Test
    void englishAndFilipinoHaveTheSameKeys() {
        assertThat(MessageBundles.filipino().stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(MessageBundles.english().stringPropertyNames());
    }

    @Test
    void noFilipinoTextIsLeftEmpty() {
        Properties filipino = MessageBundles.filipino();
        assertThat(filipino.stringPropertyNames())
                .allSatisfy(key -> assertThat(filipino.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(MessageBundles.english().stringPropertyNames()).containsAll(used);
    }
}
