package ph.brainbytes.ai.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Solves one equation in one unknown, with the steps a teacher would write on the board. */
@Component
class EquationSteps {

    private final Algebra algebra;
    private final EquationTools tools;
    private final QuadraticSteps quadratics;
    private final SystemSteps systems;

    EquationSteps(Algebra algebra, EquationTools tools, QuadraticSteps quadratics, SystemSteps systems) {
        this.algebra = algebra;
        this.tools = tools;
        this.quadratics = quadratics;
        this.systems = systems;
    }

    Optional<MathSolution> solve(List<Equation> equations) {
        if (equations.size() > 1) {
            return systems.solve(equations);
        }
        Equation equation = equations.get(0);
        String variable = equation.variables().iterator().next();
        String difference = algebra.evalToString(
                "Expand((" + equation.left().symja() + ")-(" + equation.right().symja() + "))");
        return Optional.of(
                switch (degree(difference, variable)) {
                    case 0 -> constant(equation, difference);
                    case 1 -> linear(equation, variable, difference);
                    case 2 -> quadratics.solve(equation, variable, difference);
                    default -> general(equation, variable);
                });
    }

    /** The degree of {@code left - right} in the variable; 0 when it cancels out, -1 when not a polynomial. */
    private int degree(String difference, String variable) {
        if ("0".equals(difference)) {
            return 0;
        }
        boolean polynomial =
                algebra.eval("PolynomialQ(" + difference + "," + variable + ")").isTrue();
        return polynomial
                ? Integer.parseInt(algebra.evalToString("Exponent(" + difference + "," + variable + ")"))
                : -1;
    }

    private MathSolution constant(Equation equation, String difference) {
        String key = "0".equals(difference) ? "math.linear.identity" : "math.linear.contradiction";
        return new MathSolution(
                MathSolution.Kind.LINEAR, List.of(Step.of("math.equation.start", equation.display())), Step.of(key));
    }

    private MathSolution linear(Equation equation, String variable, String difference) {
        List<String> coefficients = tools.coefficients(difference, variable);
        String constant = coefficients.get(0);
        String slope = coefficients.get(1);
        String rightSide = algebra.evalToString("-(" + constant + ")");
        String value = algebra.evalToString("(" + rightSide + ")/(" + slope + ")");
        List<Step> work = new ArrayList<>();
        work.add(Step.of("math.equation.start", equation.display()));
        if (equation.display().contains("(")) {
            String simplified = tools.descending(equation.left().symja(), variable) + " = "
                    + tools.descending(equation.right().symja(), variable);
            work.add(Step.of("math.linear.simplify", simplified));
        }
        work.add(
                Step.of("math.linear.collect", variable, MathFormat.pretty(times(slope, variable) + "==" + rightSide)));
        if (!"1".equals(slope)) {
            work.add(Step.of(
                    "math.linear.divide", MathFormat.pretty(slope), MathFormat.pretty(variable + "==" + value)));
        }
        work.add(tools.check(equation, Map.of(variable, value)));
        return new MathSolution(MathSolution.Kind.LINEAR, work, tools.answer(variable, value));
    }

    private MathSolution general(Equation equation, String variable) {
        List<String> roots = Roots.of(algebra.eval("Solve(" + equation.symja() + "," + variable + ")")).stream()
                .map(r -> r.get(variable))
                .filter(tools::isReal)
                .toList();
        List<Step> work = List.of(Step.of("math.equation.start", equation.display()), Step.of("math.polynomial.solve"));
        if (roots.isEmpty()) {
            return new MathSolution(MathSolution.Kind.POLYNOMIAL, work, Step.of("math.answer.no-real"));
        }
        String listed =
                roots.stream().map(r -> variable + " = " + MathFormat.pretty(r)).collect(Collectors.joining(", "));
        return new MathSolution(MathSolution.Kind.POLYNOMIAL, work, Step.of("math.answer.roots", listed));
    }

    /** {@code 3*x}, but {@code x} and {@code -x} for the coefficients 1 and -1. */
    private static String times(String coefficient, String variable) {
        return switch (coefficient) {
            case "1" -> variable;
            case "-1" -> "-" + variable;
            default -> coefficient + "*" + variable;
        };
    }
}
