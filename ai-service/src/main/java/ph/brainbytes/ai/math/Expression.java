package ph.brainbytes.ai.math;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A validated arithmetic or algebraic expression.
 *
 * @param symja the expression in the algebra system's syntax, with every multiplication explicit
 * @param display the expression as a learner would write it
 * @param variables the letters used, in alphabetical order
 */
record Expression(String symja, String display, Set<String> variables) {

    Expression {
        variables = Set.copyOf(variables);
    }

    static Expression of(List<Token> tokens) {
        StringBuilder symja = new StringBuilder();
        StringBuilder display = new StringBuilder();
        Set<String> variables = new TreeSet<>();
        Token previous = null;
        for (Token token : tokens) {
            boolean implicitProduct = previous != null && previous.endsOperand() && token.startsOperand();
            if (implicitProduct) {
                symja.append('*');
            }
            symja.append(token.text());
            display.append(displayOf(token, previous));
            if (token.kind() == Token.Kind.VARIABLE) {
                variables.add(token.text());
            }
            previous = token;
        }
        return new Expression(symja.toString(), display.toString().trim(), variables);
    }

    List<String> sortedVariables() {
        return List.copyOf(new TreeSet<>(variables));
    }

    private static String displayOf(Token token, Token previous) {
        if (token.kind() != Token.Kind.OPERATOR) {
            return previous != null && previous.kind() == Token.Kind.OPERATOR && "^".equals(previous.text())
                    ? superscript(token.text())
                    : token.text();
        }
        boolean unary = previous == null || !previous.endsOperand();
        return switch (token.text()) {
            case "^" -> "";
            case "*" -> " × ";
            case "/" -> "/";
            default -> unary ? token.text() : " " + token.text() + " ";
        };
    }

    private static String superscript(String exponent) {
        return switch (exponent) {
            case "2" -> "²";
            case "3" -> "³";
            default -> "^" + exponent;
        };
    }
}
