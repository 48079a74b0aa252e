package ph.brainbytes.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** htmx and the style sheet are served by us, under versioned or content-hashed names that browsers may cache for a year. */
class StaticResourcesTest extends PageTestSupport {

    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");
    private static final Pattern STYLE = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    @Test
    void htmxIsServedFromTheWebjar() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void pagesReferToVersionedFilesThatAreCachedForAYear() throws Exception {
        when(conversations.messages("c-1")).thenReturn(List.of());
        String page = mvc.perform(get("/chat/c-1").with(student()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String script = first(SCRIPT, page);
        String style = first(STYLE, page);
        assertThat(script).matches("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js");
        assertThat(style).matches("/css/app-[0-9a-f]{32}\\.css");
        for (String file : List.of(script, style)) {
            mvc.perform(get(file))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
        }
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }
}
