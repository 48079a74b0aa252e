package ph.brainbytes.frontend.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders Markdown (the tutor's answers, lessons, teachers' materials) to HTML on the server, so phones
 * get finished markup and no Markdown library. Raw HTML in the text is escaped and unsafe link schemes
 * are dropped, so no text can inject script into a page. In math answers the notation in running text
 * (not in code) becomes MathML, see {@link AnswerMath}.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final HtmlRenderer MATH_RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(MathText::new)
            .build();

    private SafeMarkdown() {}

    public static String toSafeHtml(String markdown) {
        return toSafeHtml(markdown, false);
    }

    /**
     * A document shown under the page's own h1 (a lesson, a material): its headings are moved so the
     * highest becomes h2 and none is skipped over, whatever level the author started at.
     */
    public static String toSafeSectionHtml(String markdown) {
        Node document = parse(markdown);
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        int shift = 2 - headings.stream().mapToInt(Heading::getLevel).min().orElse(2);
        headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() + shift)));
        return RENDERER.render(document);
    }

    public static String toSafeHtml(String markdown, boolean withMath) {
        return (withMath ? MATH_RENDERER : RENDERER).render(parse(markdown));
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** Text nodes with the math in them written as MathML, the rest escaped as usual. */
    private static final class MathText implements NodeRenderer {

        private final HtmlWriter html;

        MathText(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class);
        }

        @Override
        public void render(Node node) {
            List<AnswerMath.Segment> segments = AnswerMath.split(((Text) node).getLiteral());
            for (AnswerMath.Segment segment : segments) {
                if (segment.isMath()) {
                    html.raw(segment.mathMl());
                } else {
                    html.text(segment.text());
                }
            }
        }
    }
}
