package ph.brainbytes.frontend.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void workedStepsBecomeAListWithTheAnswerInBold() {
        String html = SafeMarkdown.toSafeHtml("1. 3 × ₱52 = ₱156\n\n**Sagot:** ₱156");

        assertThat(html).contains("<ol>", "<li>3 × ₱52 = ₱156</li>", "<strong>Sagot:</strong> ₱156");
    }

    @Test
    void aLessonsHeadingsFollowThePageTitleWithoutSkippingALevel() {
        String html = SafeMarkdown.toSafeSectionHtml("### Paliwanag\ntext\n#### Halimbawa\n###### deep");

        assertThat(html).contains("<h2>Paliwanag</h2>", "<h3>Halimbawa</h3>", "<h5>deep</h5>");
        assertThat(SafeMarkdown.toSafeSectionHtml("# Top")).isEqualTo("<h2>Top</h2>\n");
        assertThat(SafeMarkdown.toSafeSectionHtml("no headings")).isEqualTo("<p>no headings</p>\n");
    }

    @Test
    void rawHtmlInAnAnswerIsShownAsTextNotRun() {
        String html = SafeMarkdown.toSafeHtml("<script>alert('x')</script> <img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;");
    }

    @Test
    void scriptLinksLoseTheirTarget() {
        String html = SafeMarkdown.toSafeHtml("[click](javascript:alert(1))");

        assertThat(html).doesNotContain("javascript:");
    }
}
