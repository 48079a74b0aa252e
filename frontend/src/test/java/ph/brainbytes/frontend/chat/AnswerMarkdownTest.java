package ph.brainbytes.frontend.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerMarkdownTest {

    @Test
    void workedStepsBecomeAListWithTheAnswerInBold() {
        String html = AnswerMarkdown.toSafeHtml("1. 3 × ₱52 = ₱156\n\n**Sagot:** ₱156");

        assertThat(html).contains("<ol>", "<li>3 × ₱52 = ₱156</li>", "<strong>Sagot:</strong> ₱156");
    }

    @Test
    void rawHtmlInAnAnswerIsShownAsTextNotRun() {
        String html = AnswerMarkdown.toSafeHtml("<script>alert('x')</script> <img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;");
    }

    @Test
    void scriptLinksLoseTheirTarget() {
        String html = AnswerMarkdown.toSafeHtml("[click](javascript:alert(1))");

        assertThat(html).doesNotContain("javascript:");
    }
}
