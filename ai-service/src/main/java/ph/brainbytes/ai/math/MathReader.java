package ph.brainbytes.ai.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the math in a question written in words: runs of math tokens between words, such as
 * {@code 2x + 3 = 11} in "Solve for x: 2x + 3 = 11" or the two equations of "x + y = 10 and x - y = 2".
 */
final class MathReader {

    private static final Pattern SPOKEN_DIVIDE =
            Pattern.compile("(?<=\\d)\\s+(?:divided by|hinati sa|hatiin sa)\\s+(?=\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPOKEN_TIMES =
            Pattern.compile("(?<=\\d)\\s+(?:times|multiplied by|multiply by)\\s+(?=\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPOKEN_PLUS =
            Pattern.compile("(?<=\\d)\\s+(?:plus|dagdagan ng)\\s+(?=\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPOKEN_MINUS =
            Pattern.compile("(?<=\\d)\\s+(?:minus|bawasan ng)\\s+(?=\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMES_X = Pattern.compile("(?<=\\d)\\s+[xX]\\s+(?=\\d)");
    private static final String FRACTION = "(\\d+(?:\\.\\d+)?/\\d+(?:\\.\\d+)?)";
    private static final Pattern FRACTION_DIVIDED_BY_FRACTION =
            Pattern.compile("(?<![\\d./])" + FRACTION + "\\s+/\\s+" + FRACTION + "(?![\\d./])");
    /** An "=" with something after it: an equation, not "1/2 x 3/5 = ?". */
    private static final Pattern EQUATION = Pattern.compile("=\\s*[\\w(-]");

    private MathReader() {}

    static Optional<MathQuestion> read(String text) {
        List<List<Token>> runs = runs(Tokenizer.tokenize(spokenOperators(text)));
        List<Equation> equations = new ArrayList<>();
        for (List<Token> run : runs) {
            equation(run).ifPresent(equations::add);
        }
        if (!equations.isEmpty()) {
            return solvable(equations) ? Optional.of(new MathQuestion.Equations(equations)) : Optional.empty();
        }
        return runs.stream()
                .map(MathReader::withoutTrailingEquals)
                .filter(MathReader::isCalculation)
                .map(ExpressionParser::parse)
                .flatMap(Optional::stream)
                .filter(e -> e.variables().isEmpty())
                .findFirst()
                .map(MathQuestion.Arithmetic::new);
    }

    /**
     * Operators said in words ("3/5 divided by 2/3") and the "x" learners write for times between
     * two numbers ("0.25 x 48"), as symbols. Without an "=", an x between numbers cannot be an unknown.
     */
    static String spokenOperators(String text) {
        String symbols = SPOKEN_DIVIDE.matcher(text).replaceAll(" / ");
        symbols = SPOKEN_TIMES.matcher(symbols).replaceAll(" * ");
        symbols = SPOKEN_PLUS.matcher(symbols).replaceAll(" + ");
        symbols = SPOKEN_MINUS.matcher(symbols).replaceAll(" - ");
        // "3/5 ÷ 2/3" divides by the whole fraction, not by its numerator.
        symbols = FRACTION_DIVIDED_BY_FRACTION.matcher(symbols).replaceAll("($1) / ($2)");
        return EQUATION.matcher(symbols).find()
                ? symbols
                : TIMES_X.matcher(symbols).replaceAll(" * ");
    }

    /** One unknown per equation, at most two equations: what school algebra solves. */
    private static boolean solvable(List<Equation> equations) {
        Set<String> variables = new TreeSet<>();
        equations.forEach(e -> variables.addAll(e.variables()));
        return !variables.isEmpty() && equations.size() <= 2 && variables.size() <= equations.size();
    }

    private static Optional<Equation> equation(List<Token> run) {
        int equals = -1;
        for (int i = 0; i < run.size(); i++) {
            if (run.get(i).kind() == Token.Kind.EQUALS) {
                if (equals >= 0) {
                    return Optional.empty();
                }
                equals = i;
            }
        }
        if (equals <= 0 || equals == run.size() - 1) {
            return Optional.empty();
        }
        Optional<Expression> left = ExpressionParser.parse(run.subList(0, equals));
        Optional<Expression> right = ExpressionParser.parse(run.subList(equals + 1, run.size()));
        return left.isPresent() && right.isPresent()
                ? Optional.of(new Equation(left.get(), right.get()))
                : Optional.empty();
    }

    /** "3 + 4 = ?" asks for a calculation; the dangling "=" is dropped. */
    private static List<Token> withoutTrailingEquals(List<Token> run) {
        return !run.isEmpty() && run.get(run.size() - 1).kind() == Token.Kind.EQUALS
                ? run.subList(0, run.size() - 1)
                : run;
    }

    private static boolean isCalculation(List<Token> run) {
        long numbers = run.stream().filter(t -> t.kind() == Token.Kind.NUMBER).count();
        boolean operator = run.stream().anyMatch(t -> t.kind() == Token.Kind.OPERATOR);
        return numbers >= 2 && operator;
    }

    private static List<List<Token>> runs(List<Token> tokens) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : tokens) {
            if (token.isMath()) {
                current.add(token);
            } else if (!current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }
}
