package ph.brainbytes.ai.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Solves ax² + bx + c = 0 through the discriminant and the quadratic formula. */
@Component
class QuadraticSteps {

    private final Algebra algebra;
    private final EquationTools tools;

    QuadraticSteps(Algebra algebra, EquationTools tools) {
        this.algebra = algebra;
        this.tools = tools;
    }

    MathSolution solve(Equation equation, String variable, String difference) {
        List<String> coefficients = tools.coefficients(difference, variable);
        String c = coefficients.get(0);
        String b = coefficients.get(1);
        String a = coefficients.get(2);
        String discriminant = algebra.evalToString("(" + b + ")^2-4*(" + a + ")*(" + c + ")");
        List<Step> work = new ArrayList<>();
        work.add(Step.of("math.equation.start", equation.display()));
        work.add(Step.of(
                "math.quadratic.standard",
                tools.descending(difference, variable) + " = 0",
                MathFormat.pretty(a),
                MathFormat.pretty(b),
                MathFormat.pretty(c)));
        work.add(Step.of("math.quadratic.discriminant", MathFormat.pretty(discriminant)));
        if (algebra.eval("(" + discriminant + ")<0").isTrue()) {
            return new MathSolution(MathSolution.Kind.QUADRATIC, work, Step.of("math.answer.no-real"));
        }
        List<String> roots = Roots.of(algebra.eval("Solve(" + difference + "==0," + variable + ")")).stream()
                .map(r -> r.get(variable))
                .distinct()
                .toList();
        String formula = "(" + MathFormat.pretty(algebra.evalToString("-(" + b + ")")) + " ± √"
                + MathFormat.pretty(discriminant) + ") / " + MathFormat.pretty(algebra.evalToString("2*(" + a + ")"));
        work.add(Step.of("math.quadratic.formula", variable + " = " + formula));
        work.add(tools.check(equation, Map.of(variable, roots.get(0))));
        if (roots.size() == 1) {
            return new MathSolution(
                    MathSolution.Kind.QUADRATIC,
                    work,
                    Step.of("math.answer.double-root", variable + " = " + MathFormat.pretty(roots.get(0))));
        }
        String listed =
                roots.stream().map(r -> variable + " = " + MathFormat.pretty(r)).collect(Collectors.joining(", "));
        return new MathSolution(MathSolution.Kind.QUADRATIC, work, Step.of("math.answer.roots", listed));
    }
}
