package ph.brainbytes.ai.math;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Finds the math in a question and solves it with worked steps. */
@Component
public class MathSolver {

    private static final Logger log = LoggerFactory.getLogger(MathSolver.class);

    private final ArithmeticSteps arithmetic;
    private final EquationSteps equations;
    private final WordProblems wordProblems;
    private final AppliedProblems appliedProblems;

    MathSolver(
            ArithmeticSteps arithmetic,
            EquationSteps equations,
            WordProblems wordProblems,
            AppliedProblems appliedProblems) {
        this.arithmetic = arithmetic;
        this.equations = equations;
        this.wordProblems = wordProblems;
        this.appliedProblems = appliedProblems;
    }

    /** The worked solution, or empty when the question holds no math this solver understands. */
    public Optional<MathSolution> solve(String normalizedQuestion) {
        try {
            return solveOrThrow(normalizedQuestion);
        } catch (RuntimeException e) {
            // A failure inside the algebra library must not cost the learner an answer: the tutor
            // then treats the question as a non-math one.
            log.warn("math solver failed, answering without it", e);
            return Optional.empty();
        }
    }

    private Optional<MathSolution> solveOrThrow(String normalizedQuestion) {
        // A problem in words first: its numbers ("2:3", "22/7") are not a calculation to do as written.
        Optional<MathSolution> applied = appliedProblems.solve(normalizedQuestion);
        if (applied.isPresent()) {
            return applied;
        }
        Optional<MathQuestion> math = MathReader.read(normalizedQuestion);
        if (math.isEmpty()) {
            return wordProblems.solve(normalizedQuestion);
        }
        if (math.get() instanceof MathQuestion.Equations system) {
            return equations.solve(system.equations());
        }
        return arithmetic.solve(((MathQuestion.Arithmetic) math.get()).expression());
    }
}
