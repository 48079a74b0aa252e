package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The change from a bill at the store: add up what was bought (a price "tig-₱25" or "₱60 ang isang
 * kilo" counts once per item), then subtract it from what was paid.
 */
@Component
class ChangeProblems {

    private static final Pattern CUE = Pattern.compile("\\b(?:change|sukli|sukle)\\b");
    private static final Pattern PAID = Pattern.compile(
            "\\b(?:paid|pay|pays|gave|nagbayad|magbabayad|nagbigay|ibinayad|binayaran|iniabot|bayad)\\b");
    private static final Pattern EACH_BEFORE = Pattern.compile("\\btig-?\\s?$");
    private static final Pattern EACH_AFTER = Pattern.compile(
            "^\\s*(?:each|apiece|a piece|per \\p{L}+|an? \\p{L}+|ang isa|bawat isa|isa|ang isang \\p{L}+)\\b");

    private final Calculator calculator;

    ChangeProblems(Calculator calculator) {
        this.calculator = calculator;
    }

    Optional<MathSolution> solve(String text) {
        Matcher paidWord = PAID.matcher(text);
        if (!CUE.matcher(text).find() || !paidWord.find()) {
            return Optional.empty();
        }
        List<Amounts.Price> prices = Amounts.prices(text);
        Optional<Amounts.Price> paid =
                prices.stream().filter(p -> p.start() > paidWord.start()).findFirst();
        if (paid.isEmpty() || prices.size() < 2) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        int from = 0;
        for (Amounts.Price price : prices) {
            if (price.equals(paid.get())) {
                from = price.end();
                continue;
            }
            BigDecimal count = eachPrice(text, price) ? countBefore(text, from, price.start()) : BigDecimal.ONE;
            terms.add(Amounts.exact(count) + "*" + Amounts.exact(price.value()));
            shown.add(
                    count.compareTo(BigDecimal.ONE) == 0
                            ? Amounts.money(price.value())
                            : Amounts.plain(count) + " × " + Amounts.money(price.value()));
            from = price.end();
        }
        BigDecimal cost = calculator.value(String.join("+", terms));
        BigDecimal change = calculator.value(Amounts.exact(paid.get().value()) + "-" + Amounts.exact(cost));
        if (change.signum() < 0) {
            return Optional.empty();
        }
        return Optional.of(new MathSolution(
                MathSolution.Kind.CHANGE,
                List.of(
                        Step.of(
                                "word.change.cost",
                                shown.stream().collect(Collectors.joining(" + ")),
                                Amounts.money(cost)),
                        Step.of(
                                "word.change.subtract",
                                Amounts.money(paid.get().value()),
                                Amounts.money(cost),
                                Amounts.money(change))),
                Step.of("word.change.answer", Amounts.money(change))));
    }

    private static boolean eachPrice(String text, Amounts.Price price) {
        return EACH_BEFORE.matcher(text.substring(0, price.start())).find()
                || EACH_AFTER.matcher(text.substring(price.end())).find();
    }

    /** The last plain number between the previous price and this one: how many were bought. */
    private static BigDecimal countBefore(String text, int from, int to) {
        return Amounts.numbers(text.substring(from, to)).stream()
                .map(Amounts.Price::value)
                .reduce((a, b) -> b)
                .orElse(BigDecimal.ONE);
    }
}
