package ph.brainbytes.ai.math;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The word problems of everyday life, each recognised by its own cue words: the change at the
 * store, a jeepney fare, percent (discount, VAT, interest), measurement, unit conversion, averages
 * and proportion. The most specific kinds are tried first.
 */
@Component
final class AppliedProblems {

    private final List<Function<String, Optional<MathSolution>>> kinds;

    AppliedProblems(
            ChangeProblems change,
            Fares fares,
            Percentages percentages,
            Measurements measurements,
            Conversions conversions,
            Averages averages,
            Proportions proportions) {
        this.kinds = List.of(
                change::solve,
                fares::solve,
                percentages::solve,
                measurements::solve,
                conversions::solve,
                averages::solve,
                proportions::solve);
    }

    Optional<MathSolution> solve(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        for (Function<String, Optional<MathSolution>> kind : kinds) {
            Optional<MathSolution> solution = kind.apply(text);
            if (solution.isPresent()) {
                return solution;
            }
        }
        return Optional.empty();
    }
}
