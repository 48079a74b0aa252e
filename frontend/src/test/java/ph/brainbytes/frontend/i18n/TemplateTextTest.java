package ph.brainbytes.frontend.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates hold no visible words of their own: every text node and every human-readable
 * attribute must come from the message bundles (through {@code th:*}), so both languages stay
 * complete.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");
    private static final Pattern READABLE_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|label)=\"([^\"]*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                offenders.addAll(hardCodedText(file.getFileName() + ": ", Files.readString(file)));
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theCheckCatchesTextAndReadableAttributes() {
        String html =
                "<p th:text=\"#{a}\"></p><p>Hello</p><input placeholder=\"Email\" th:title=\"#{b}\"><!-- fine -->";

        assertThat(hardCodedText("", html)).containsExactly("Hello", "placeholder=Email");
    }

    static List<String> hardCodedText(String where, String html) {
        String withoutComments = COMMENT.matcher(html).replaceAll("");
        List<String> found = new ArrayList<>();
        Matcher text = TEXT_NODE.matcher(withoutComments);
        while (text.find()) {
            String content = text.group(1).strip();
            if (LETTER.matcher(content).find()) {
                found.add(where + content);
            }
        }
        Matcher attribute = READABLE_ATTRIBUTE.matcher(withoutComments);
        while (attribute.find()) {
            if (LETTER.matcher(attribute.group(2)).find()) {
                found.add(where + attribute.group(1) + "=" + attribute.group(2));
            }
        }
        return found;
    }
}
