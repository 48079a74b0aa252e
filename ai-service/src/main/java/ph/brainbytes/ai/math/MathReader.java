package ph.brainbytes.ai.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the math in a question written in words: runs of math tokens between words, such as
 * {@code 2x + 3 = 11} in "Solve for x: 2x + 3 = 11" or the two equations of "x + y = 10 and x - y = 2".
 */
final class MathReader {

    private MathReader() {}

    static Optional<MathQuestion> read(String text) {
        List<List<Token>> runs = runs(Tokenizer.tokenize(text));
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
