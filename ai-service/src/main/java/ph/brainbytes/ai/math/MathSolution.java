package ph.brainbytes.ai.math;

import java.util.List;

/**
 * A worked solution.
 *
 * @param kind what sort of problem it was, which decides the guiding question in Socratic mode
 * @param work the steps, in order; the first one restates the problem
 * @param answer the final result, which Socratic mode holds back
 */
public record MathSolution(Kind kind, List<Step> work, Step answer) {

    public enum Kind {
        ARITHMETIC,
        LINEAR,
        QUADRATIC,
        POLYNOMIAL,
        SYSTEM,
        UNIT_PRICE,
        WORD_PROBLEM,
        PERCENT,
        MEASUREMENT,
        CONVERSION,
        AVERAGE,
        FARE,
        CHANGE,
        PROPORTION
    }

    public MathSolution {
        work = List.copyOf(work);
    }
}
