package ph.brainbytes.frontend.chat;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the tutor's Markdown to HTML on the server, so phones get finished markup and no
 * Markdown library. Raw HTML in the text is escaped and unsafe link schemes are dropped, so an
 * answer can never inject script into the page.
 */
final class AnswerMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private AnswerMarkdown() {}

    static String toSafeHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
