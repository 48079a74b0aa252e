package ph.brainbytes.ai.math;

import java.util.List;
import java.util.Optional;

/**
 * Checks that a run of tokens is a well-formed expression before the algebra system sees it:
 * numbers of at most twelve digits, exponents that are whole numbers up to twelve, balanced
 * parentheses, no power of a power, at most 60 tokens. Anything bigger is not school math and could tie up the engine.
 */
final class ExpressionParser {

    static final int MAX_TOKENS = 60;
    static final int MAX_DIGITS = 12;
    static final int MAX_EXPONENT = 12;

    private final List<Token> tokens;
    private int position;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The expression the tokens spell, or empty when they are not one. */
    static Optional<Expression> parse(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
            return Optional.empty();
        }
        ExpressionParser parser = new ExpressionParser(tokens);
        boolean valid = parser.sum() && parser.position == tokens.size();
        return valid ? Optional.of(Expression.of(tokens)) : Optional.empty();
    }

    private boolean sum() {
        if (!product()) {
            return false;
        }
        while (at(Token.Kind.OPERATOR, "+") || at(Token.Kind.OPERATOR, "-")) {
            position++;
            if (!product()) {
                return false;
            }
        }
        return true;
    }

    private boolean product() {
        if (!signed()) {
            return false;
        }
        while (position < tokens.size()) {
            if (at(Token.Kind.OPERATOR, "*") || at(Token.Kind.OPERATOR, "/")) {
                position++;
            } else if (!tokens.get(position).startsOperand()) {
                return true;
            }
            // Otherwise an implicit product, as in 2x or 3(x + 1).
            if (!signed()) {
                return false;
            }
        }
        return true;
    }

    private boolean signed() {
        if (at(Token.Kind.OPERATOR, "-") || at(Token.Kind.OPERATOR, "+")) {
            position++;
        }
        return power();
    }

    private boolean power() {
        int start = position;
        if (!atom()) {
            return false;
        }
        if (at(Token.Kind.OPERATOR, "^")) {
            // No towers such as (2^12)^12: their size grows too fast to compute safely.
            if (tokens.subList(start, position).stream().anyMatch(t -> "^".equals(t.text()))) {
                return false;
            }
            position++;
            if (!at(Token.Kind.NUMBER, null)) {
                return false;
            }
            String exponent = tokens.get(position++).text();
            return exponent.matches("\\d{1,2}") && Integer.parseInt(exponent) <= MAX_EXPONENT;
        }
        return true;
    }

    private boolean atom() {
        if (at(Token.Kind.NUMBER, null)) {
            String number = tokens.get(position++).text();
            return number.replace(".", "").length() <= MAX_DIGITS;
        }
        if (at(Token.Kind.VARIABLE, null)) {
            position++;
            return true;
        }
        if (at(Token.Kind.OPEN, null)) {
            position++;
            if (!sum() || !at(Token.Kind.CLOSE, null)) {
                return false;
            }
            position++;
            return true;
        }
        return false;
    }

    private boolean at(Token.Kind kind, String text) {
        if (position >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(position);
        return token.kind() == kind && (text == null || text.equals(token.text()));
    }
}
