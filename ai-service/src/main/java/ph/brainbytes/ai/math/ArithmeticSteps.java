package ph.brainbytes.ai.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Works out a calculation exactly (fractions stay fractions), with its decimal value when useful. */
@Component
class ArithmeticSteps {

    private final Algebra algebra;

    ArithmeticSteps(Algebra algebra) {
        this.algebra = algebra;
    }

    Optional<MathSolution> solve(Expression expression) {
        String exact = algebra.evalToString(expression.symja());
        if (!isNumber(exact)) {
            // Division by zero and the like: there is no value to give.
            return Optional.of(new MathSolution(
                    MathSolution.Kind.ARITHMETIC,
                    List.of(Step.of("math.arithmetic.start", expression.display())),
                    Step.of("math.arithmetic.undefined", expression.display())));
        }
        List<Step> work = new ArrayList<>();
        work.add(Step.of("math.arithmetic.start", expression.display()));
        work.add(Step.of("math.arithmetic.order"));
        String result = MathFormat.pretty(exact);
        if (exact.contains("/")) {
            String decimal = MathFormat.pretty(algebra.evalToString("N(" + exact + ")"));
            work.add(Step.of("math.arithmetic.decimal", result, decimal));
        }
        return Optional.of(new MathSolution(
                MathSolution.Kind.ARITHMETIC, work, Step.of("math.answer.value", expression.display(), result)));
    }

    static boolean isNumber(String symjaResult) {
        return symjaResult.matches("-?\\d+(\\.\\d+)?(/\\d+)?");
    }
}
