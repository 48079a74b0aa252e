package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * Word-problem arithmetic done by the algebra system, exactly. Only expressions this package
 * builds from numbers it parsed (via {@link Amounts#exact}) ever reach it, never the learner's text.
 */
@Component
class Calculator {

    private final Algebra algebra;

    Calculator(Algebra algebra) {
        this.algebra = algebra;
    }

    /** The value of the expression, as a decimal rounded to ten places when it does not terminate. */
    BigDecimal value(String expression) {
        String exact = algebra.evalToString(expression);
        if (!ArithmeticSteps.isNumber(exact)) {
            throw new ArithmeticException("no numeric value for " + expression + ": " + exact);
        }
        int slash = exact.indexOf('/');
        if (slash < 0) {
            return new BigDecimal(exact);
        }
        BigDecimal numerator = new BigDecimal(exact.substring(0, slash));
        BigDecimal denominator = new BigDecimal(exact.substring(slash + 1));
        return numerator.divide(denominator, 10, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
