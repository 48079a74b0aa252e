package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The average (mean) of the numbers in a question: "average of 85, 90, 78 and 95". */
@Component
class Averages {

    private static final Pattern CUE = Pattern.compile("\\b(?:average|mean|avg|karaniwan|katamtaman|promedyo)\\b");

    private final Calculator calculator;

    Averages(Calculator calculator) {
        this.calculator = calculator;
    }

    Optional<MathSolution> solve(String text) {
        List<BigDecimal> numbers =
                Amounts.numbers(text).stream().map(Amounts.Price::value).toList();
        if (!CUE.matcher(text).find() || numbers.size() < 2) {
            return Optional.empty();
        }
        String sum = numbers.stream().map(Amounts::exact).collect(Collectors.joining("+"));
        BigDecimal total = calculator.value(sum);
        BigDecimal mean = calculator.value("(" + sum + ")/" + numbers.size());
        String shownMean = Amounts.plain(mean.setScale(Math.min(mean.scale(), 2), RoundingMode.HALF_UP));
        String listed = numbers.stream().map(Amounts::plain).collect(Collectors.joining(" + "));
        return Optional.of(new MathSolution(
                MathSolution.Kind.AVERAGE,
                List.of(
                        Step.of("word.average.sum", listed, Amounts.plain(total)),
                        Step.of(
                                "word.average.divide",
                                Amounts.plain(total),
                                String.valueOf(numbers.size()),
                                shownMean)),
                Step.of("word.average.answer", shownMean)));
    }
}
