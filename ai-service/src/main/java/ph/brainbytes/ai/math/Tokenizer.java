package ph.brainbytes.ai.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into tokens. A lone letter is a variable; longer words are
 * {@link Token.Kind#OTHER}, so no name the algebra system would treat as a function can ever reach it.
 */
final class Tokenizer {

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int end = numberEnd(text, i);
                tokens.add(new Token(Token.Kind.NUMBER, text.substring(i, end).replace(",", "")));
                i = end;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                boolean variable = end - i == 1 && c < 128;
                tokens.add(new Token(
                        variable ? Token.Kind.VARIABLE : Token.Kind.OTHER,
                        variable ? String.valueOf(Character.toLowerCase(c)) : text.substring(i, end)));
                i = end;
            } else if (c == ':' && isRatio(tokens, text, i)) {
                // "x:12 = 3:4" is a proportion: a ratio is a quotient.
                tokens.add(new Token(Token.Kind.OPERATOR, "/"));
                i++;
            } else {
                tokens.add(symbol(c));
                i++;
            }
        }
        return tokens;
    }

    /** A colon between a number or unknown and another: "2:3", not "Solve: x + 1 = 2". */
    private static boolean isRatio(List<Token> tokens, String text, int colon) {
        Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        boolean after = colon + 1 < text.length()
                && (Character.isDigit(text.charAt(colon + 1)) || Character.isLetter(text.charAt(colon + 1)));
        boolean operandBefore = previous != null
                && (previous.kind() == Token.Kind.NUMBER || previous.kind() == Token.Kind.VARIABLE)
                && colon > 0
                && !Character.isWhitespace(text.charAt(colon - 1));
        return operandBefore && after;
    }

    /** Digits with an optional decimal part and thousands commas (1,500.25); a trailing "." is punctuation. */
    private static int numberEnd(String text, int start) {
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            boolean separatorBeforeDigit = (c == '.' || c == ',')
                    && end + 1 < text.length()
                    && Character.isDigit(text.charAt(end + 1))
                    && (c == '.' || isThousandsGroup(text, end + 1));
            if (Character.isDigit(c) || separatorBeforeDigit) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isThousandsGroup(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end - start == 3;
    }

    private static Token symbol(char c) {
        return switch (c) {
            case '+', '-', '*', '/', '^' -> new Token(Token.Kind.OPERATOR, String.valueOf(c));
            case '(' -> new Token(Token.Kind.OPEN, "(");
            case ')' -> new Token(Token.Kind.CLOSE, ")");
            case '=' -> new Token(Token.Kind.EQUALS, "=");
            default -> new Token(Token.Kind.OTHER, String.valueOf(c));
        };
    }
}
