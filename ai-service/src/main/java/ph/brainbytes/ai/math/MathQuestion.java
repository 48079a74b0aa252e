package ph.brainbytes.ai.math;

import java.util.List;

/** The math found in a learner's question. */
sealed interface MathQuestion {

    /** A calculation with numbers only, such as {@code 3 + 4 × 2}. */
    record Arithmetic(Expression expression) implements MathQuestion {}

    /** One equation, or a system of two, to solve for its variables. */
    record Equations(List<Equation> equations) implements MathQuestion {
        public Equations {
            equations = List.copyOf(equations);
        }
    }
}
