package ph.brainbytes.ai.math;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What every kind of equation needs: coefficients, real roots, the check and the final answer. */
@Component
class EquationTools {

    private final Algebra algebra;

    EquationTools(Algebra algebra) {
        this.algebra = algebra;
    }

    /** The coefficients of a polynomial in {@code variable}, constant term first. */
    List<String> coefficients(String polynomial, String variable) {
        String list = algebra.evalToString("CoefficientList(" + polynomial + "," + variable + ")");
        return List.of(list.substring(1, list.length() - 1).split(","));
    }

    /**
     * A polynomial in {@code variable} written highest power first, as taught ({@code x² - 5x + 6}),
     * where the algebra system would print {@code 6-5*x+x^2}.
     */
    String descending(String polynomial, String variable) {
        List<String> coefficients = coefficients(algebra.evalToString("Expand(" + polynomial + ")"), variable);
        StringBuilder text = new StringBuilder();
        for (int power = coefficients.size() - 1; power >= 0; power--) {
            String coefficient = coefficients.get(power);
            if ("0".equals(coefficient) && !(power == 0 && text.length() == 0)) {
                continue;
            }
            boolean negative = coefficient.startsWith("-");
            String magnitude = negative ? coefficient.substring(1) : coefficient;
            if (text.length() > 0) {
                text.append(negative ? " - " : " + ");
            } else if (negative) {
                text.append('-');
            }
            text.append(term(magnitude, variable, power));
        }
        return text.toString();
    }

    private static String term(String magnitude, String variable, int power) {
        if (power == 0) {
            return MathFormat.pretty(magnitude);
        }
        String coefficient = "1".equals(magnitude)
                ? ""
                : magnitude.matches("\\d+(\\.\\d+)?") ? magnitude : "(" + MathFormat.pretty(magnitude) + ")";
        String exponent = power == 1 ? "" : power == 2 ? "²" : power == 3 ? "³" : "^" + power;
        return coefficient + variable + exponent;
    }

    boolean isReal(String value) {
        return algebra.eval("Im(N(" + value + "))").isZero();
    }

    /** Substitutes the values into both sides of the original equation and shows they agree. */
    Step check(Equation equation, Map<String, String> values) {
        String rules = values.entrySet().stream()
                .map(e -> e.getKey() + "->(" + e.getValue() + ")")
                .collect(Collectors.joining(",", "{", "}"));
        String left = algebra.evalToString("ReplaceAll(" + equation.left().symja() + "," + rules + ")");
        String right = algebra.evalToString("ReplaceAll(" + equation.right().symja() + "," + rules + ")");
        String assignment = values.entrySet().stream()
                .map(e -> e.getKey() + " = " + MathFormat.pretty(e.getValue()))
                .collect(Collectors.joining(", "));
        return Step.of("math.check", assignment, MathFormat.pretty(left), MathFormat.pretty(right));
    }

    Step answer(String variable, String value) {
        String exact = MathFormat.pretty(variable + "==" + value);
        if (value.contains("/") && !value.contains("Sqrt")) {
            return Step.of("math.answer.decimal", exact, MathFormat.pretty(algebra.evalToString("N(" + value + ")")));
        }
        return Step.of("math.answer.equation", exact);
    }
}
