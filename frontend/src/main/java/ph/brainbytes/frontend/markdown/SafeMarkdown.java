package ph.brainbytes.frontend.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders Markdown (the tutor's answers, lessons, teachers' materials) to HTML on the server, so phones
 * get finished markup and no Markdown library. Raw HTML in the text is escaped and unsafe link schemes
 * are dropped, so no text can inject script into a page.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private SafeMarkdown() {}

    public static String toSafeHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
