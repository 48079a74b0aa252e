package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A fare with a minimum for the first kilometres and a rate for each one after, as on a jeepney:
 * "₱13 for the first 4 km and ₱2 for every km after that. How much for 9 km?"
 */
@Component
class Fares {

    private static final String KM = "\\s*(?:km|kms|kilometers?|kilometro|kilometros)\\b";
    private static final Pattern FIRST = Pattern.compile("\\b(?:first|unang|una)\\s+" + Amounts.NUMBER + KM);
    private static final Pattern DISTANCE = Pattern.compile("(?<![\\d.,])" + Amounts.NUMBER + KM);

    private final Calculator calculator;

    Fares(Calculator calculator) {
        this.calculator = calculator;
    }

    Optional<MathSolution> solve(String text) {
        Matcher first = FIRST.matcher(text);
        List<Amounts.Price> prices = Amounts.prices(text);
        if (!first.find() || prices.size() != 2) {
            return Optional.empty();
        }
        BigDecimal included = Amounts.number(first.group(1));
        Optional<BigDecimal> trip = DISTANCE.matcher(text)
                .results()
                .filter(m -> m.start() < first.start() || m.start() > first.end())
                .map(m -> Amounts.number(m.group(1)))
                .reduce((a, b) -> b);
        if (trip.isEmpty()) {
            return Optional.empty();
        }
        // The minimum fare is the larger amount; the smaller one is charged per extra kilometre.
        BigDecimal base = prices.get(0).value().max(prices.get(1).value());
        BigDecimal rate = prices.get(0).value().min(prices.get(1).value());
        BigDecimal extra = trip.get().subtract(included).max(BigDecimal.ZERO);
        BigDecimal fare =
                calculator.value(Amounts.exact(base) + "+" + Amounts.exact(extra) + "*" + Amounts.exact(rate));
        return Optional.of(new MathSolution(
                MathSolution.Kind.FARE,
                List.of(
                        Step.of(
                                "word.fare.extra",
                                Amounts.plain(trip.get()),
                                Amounts.plain(included),
                                Amounts.plain(extra)),
                        Step.of(
                                "word.fare.compute",
                                Amounts.money(base),
                                Amounts.plain(extra),
                                Amounts.money(rate),
                                Amounts.money(fare))),
                Step.of("word.fare.answer", Amounts.plain(trip.get()), Amounts.money(fare))));
    }
}
