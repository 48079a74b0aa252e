package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Direct proportion: "if 3 pencils cost ₱24, how much do 5 cost?" (through the price of one), and a
 * ratio with one side known: "boys to girls is 2:3 and there are 12 boys; how many girls?".
 */
@Component
class Proportions {

    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|kung)\\b");
    private static final Pattern PRICE_QUESTION =
            Pattern.compile("\\b(?:magkano|how much|halaga|presyo|cost|costs|bayad|babayaran)\\b");
    private static final Pattern RATIO = Pattern.compile(
            "\\bratio (?:of |ng )?(?:the )?(\\p{L}+) (?:to|sa) (?:the )?(\\p{L}+) (?:is|ay|=)? ?(\\d+) ?: ?(\\d+)");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.,:])(\\d+) (?:na )?(\\p{L}+)");

    private final Calculator calculator;

    Proportions(Calculator calculator) {
        this.calculator = calculator;
    }

    Optional<MathSolution> solve(String text) {
        return ratio(text).or(() -> unitRate(text));
    }

    private Optional<MathSolution> unitRate(String text) {
        List<Amounts.Price> prices = Amounts.prices(text);
        if (prices.size() != 1
                || !CONDITION.matcher(text).find()
                || !PRICE_QUESTION.matcher(text).find()) {
            return Optional.empty();
        }
        Amounts.Price price = prices.get(0);
        List<Amounts.Price> counts = Amounts.numbers(text).stream()
                .filter(n -> n.end() <= price.start() || n.start() >= price.end())
                .toList();
        Optional<Amounts.Price> given =
                counts.stream().filter(n -> n.end() <= price.start()).reduce((a, b) -> b);
        Optional<Amounts.Price> asked =
                counts.stream().filter(n -> n.start() >= price.end()).findFirst();
        if (given.isEmpty() || asked.isEmpty() || given.get().value().signum() == 0) {
            return Optional.empty();
        }
        String each =
                Amounts.exact(price.value()) + "/" + Amounts.exact(given.get().value());
        BigDecimal one = calculator.value(each);
        BigDecimal total =
                calculator.value(each + "*" + Amounts.exact(asked.get().value()));
        return Optional.of(new MathSolution(
                MathSolution.Kind.PROPORTION,
                List.of(
                        Step.of(
                                "word.proportion.one",
                                Amounts.money(price.value()),
                                Amounts.plain(given.get().value()),
                                Amounts.money(one)),
                        Step.of(
                                "word.proportion.many",
                                Amounts.money(one),
                                Amounts.plain(asked.get().value()),
                                Amounts.money(total))),
                Step.of("word.proportion.answer", Amounts.plain(asked.get().value()), Amounts.money(total))));
    }

    private Optional<MathSolution> ratio(String text) {
        Matcher ratio = RATIO.matcher(text);
        if (!ratio.find()) {
            return Optional.empty();
        }
        String first = ratio.group(1);
        String second = ratio.group(2);
        BigDecimal a = new BigDecimal(ratio.group(3));
        BigDecimal b = new BigDecimal(ratio.group(4));
        Matcher count = COUNT.matcher(text.substring(ratio.end()));
        while (count.find()) {
            String word = count.group(2);
            BigDecimal known = new BigDecimal(count.group(1));
            if (sameWord(word, first) && a.signum() != 0) {
                return Optional.of(scaled(known, a, b, first, second));
            }
            if (sameWord(word, second) && b.signum() != 0) {
                return Optional.of(scaled(known, b, a, second, first));
            }
        }
        return Optional.empty();
    }

    private MathSolution scaled(
            BigDecimal known, BigDecimal knownPart, BigDecimal otherPart, String knownName, String otherName) {
        BigDecimal other = calculator.value(
                Amounts.exact(known) + "*" + Amounts.exact(otherPart) + "/" + Amounts.exact(knownPart));
        return new MathSolution(
                MathSolution.Kind.PROPORTION,
                List.of(
                        Step.of(
                                "word.ratio.share",
                                Amounts.plain(known),
                                knownName,
                                Amounts.plain(knownPart),
                                Amounts.plain(calculator.value(Amounts.exact(known) + "/" + Amounts.exact(knownPart)))),
                        Step.of("word.ratio.other", Amounts.plain(otherPart), otherName, Amounts.plain(other))),
                Step.of("word.ratio.answer", Amounts.plain(other), otherName));
    }

    /** "boys" and "boy", "girls" and "girl": the same counted thing. */
    private static boolean sameWord(String a, String b) {
        String x = a.replaceAll("(?:es|s)$", "");
        String y = b.replaceAll("(?:es|s)$", "");
        return x.equals(y);
    }
}
