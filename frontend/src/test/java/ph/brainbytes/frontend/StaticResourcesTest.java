package ph.brainbytes.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scripts and the style sheet are served by us, under content-hashed names that browsers may cache for a year. */
class StaticResourcesTest extends PageTestSupport {

    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");
    private static final Pattern STYLE = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    @Test
    void pagesReferToVersionedFilesThatAreCachedForAYear() throws Exception {
        when(conversations.messages("c-1")).thenReturn(List.of());
        String page = mvc.perform(get("/chat/c-1").with(student()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<String> files = new ArrayList<>(all(SCRIPT, page));
        files.add(first(STYLE, page));
        assertThat(files)
                .allMatch(file -> file.matches("/(js|js/vendor|css)/[a-z.-]+-[0-9a-f]{32}\\.(js|css)"), "hashed")
                .hasSize(7);
        for (String file : files) {
            mvc.perform(get(file))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
        }
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }
}
