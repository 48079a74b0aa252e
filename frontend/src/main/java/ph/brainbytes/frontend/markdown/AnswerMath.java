package ph.brainbytes.frontend.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The math the tutor writes in plain notation: fractions ({@code 3/4}, {@code (−5 ± √1)/(2 × 1)}), powers
 * ({@code x^4}) and roots ({@code √2}, {@code √(25 − 24)}); squares and cubes come as ² and ³ and need nothing.
 * Each one found is parsed and written as MathML Core, which browsers lay out without any script. The markup is
 * built here from the parsed parts, every character of the answer escaped: nothing of the text passes through.
 */
final class AnswerMath {

    private static final String NUMBER = "\\d+(?:\\.\\d+)?";
    /** Parentheses with at most one level inside, as the quadratic formula prints them. */
    private static final String GROUP = "\\((?:[^()\\n]|\\([^()\\n]*\\))*\\)";
    /** A single-letter variable, not a letter of a word ("km/h" stays text). */
    private static final String VARIABLE = "(?<![\\p{L}\\d])\\p{L}(?![\\p{L}\\d])";

    private static final String OPERAND = "(?:√?(?:" + GROUP + "|" + NUMBER + ")|" + VARIABLE + ")";
    private static final Pattern MATH = Pattern.compile(OPERAND + "\\s*/\\s*" + OPERAND
            + "|(?:" + GROUP + "|" + NUMBER + "|" + VARIABLE + ")\\^" + NUMBER
            + "|√(?:" + GROUP + "|" + NUMBER + ")");

    private AnswerMath() {}

    /** A piece of answer text: either plain text or math, already written as MathML. */
    record Segment(String text, String mathMl) {

        boolean isMath() {
            return mathMl != null;
        }
    }

    static List<Segment> split(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher math = MATH.matcher(text);
        int plainFrom = 0;
        while (math.find()) {
            if (math.start() > plainFrom) {
                segments.add(new Segment(text.substring(plainFrom, math.start()), null));
            }
            segments.add(new Segment(math.group(), toMathMl(math.group())));
            plainFrom = math.end();
        }
        if (plainFrom < text.length()) {
            segments.add(new Segment(text.substring(plainFrom), null));
        }
        return segments;
    }

    static String toMathMl(String expression) {
        Parser parser = new Parser(expression);
        StringBuilder out = new StringBuilder("<math><mrow>");
        parser.expression().forEach(node -> node.write(out));
        return out.append("</mrow></math>").toString();
    }

    /** A parsed part of an expression that writes itself as MathML. */
    private interface Node {
        void write(StringBuilder out);

        /** What a fraction or root shows of this node: a group loses its parentheses there. */
        default void writeInside(StringBuilder out) {
            write(out);
        }
    }

    private record Token(String element, String text) implements Node {
        @Override
        public void write(StringBuilder out) {
            out.append('<')
                    .append(element)
                    .append('>')
                    .append(HtmlUtils.htmlEscape(text, "UTF-8"))
                    .append("</")
                    .append(element)
                    .append('>');
        }
    }

    private record Group(List<Node> inside) implements Node {
        @Override
        public void write(StringBuilder out) {
            out.append("<mrow><mo>(</mo>");
            writeInside(out);
            out.append("<mo>)</mo></mrow>");
        }

        @Override
        public void writeInside(StringBuilder out) {
            out.append("<mrow>");
            inside.forEach(node -> node.write(out));
            out.append("</mrow>");
        }
    }

    private record Fraction(Node numerator, Node denominator) implements Node {
        @Override
        public void write(StringBuilder out) {
            out.append("<mfrac>");
            numerator.writeInside(out);
            denominator.writeInside(out);
            out.append("</mfrac>");
        }
    }

    private record Root(Node radicand) implements Node {
        @Override
        public void write(StringBuilder out) {
            out.append("<msqrt>");
            radicand.writeInside(out);
            out.append("</msqrt>");
        }
    }

    private record Power(Node base, Node exponent) implements Node {
        @Override
        public void write(StringBuilder out) {
            out.append("<msup>");
            base.write(out);
            exponent.write(out);
            out.append("</msup>");
        }
    }

    /** Reads what the pattern matched: numbers, letters, groups, √, ^ and /, and operators between them. */
    private static final class Parser {

        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        List<Node> expression() {
            List<Node> nodes = new ArrayList<>();
            for (skipSpaces(); at < text.length() && text.charAt(at) != ')'; skipSpaces()) {
                char c = text.charAt(at);
                if (c == '^' || c == '/') {
                    at++;
                    Node left = nodes.isEmpty() ? new Token("mo", "") : nodes.remove(nodes.size() - 1);
                    Node right = atom();
                    nodes.add(c == '^' ? new Power(left, right) : new Fraction(left, right));
                } else {
                    nodes.add(atom());
                }
            }
            return nodes;
        }

        private Node atom() {
            skipSpaces();
            if (at >= text.length()) {
                return new Token("mo", "");
            }
            char c = text.charAt(at);
            if (c == '(') {
                at++;
                List<Node> inside = expression();
                at = Math.min(at + 1, text.length());
                return new Group(inside);
            }
            if (c == '√') {
                at++;
                return new Root(atom());
            }
            if (Character.isDigit(c)) {
                return new Token("mn", run(ch -> Character.isDigit(ch) || ch == '.'));
            }
            if (Character.isLetter(c)) {
                return new Token("mi", run(Character::isLetter));
            }
            at++;
            return new Token("mo", String.valueOf(c));
        }

        private String run(IntPredicate part) {
            int from = at;
            while (at < text.length() && part.test(text.charAt(at))) {
                at++;
            }
            return text.substring(from, at);
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
