package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Everyday one-step word problems in English, Filipino and Taglish: "How much are 3 kilos of rice
 * at ₱52 a kilo?", "Magkano ang 3 kilo ng bigas kung ₱52 ang isang kilo?", and problems whose cue
 * words ("in all", "natira", "pantay") name one of the four operations.
 */
@Component
class WordProblems {

    private static final String NUMBER = Amounts.NUMBER;
    private static final Pattern PRICE = Amounts.PRICE;
    // "a kilo", "isang kilo", "each", "ang isa" (one of them), "tig-₱25" (₱25 apiece).
    private static final Pattern PER_UNIT = Pattern.compile(
            "\\b(?:(?:isang|bawat|kada|per|a|an|one|1)\\s+(\\p{L}+)|each\\b|ang isa\\b|tig-?\\s?(?=₱|\\d))");
    private static final Pattern QUANTITY = Pattern.compile("(?<![₱\\d.,])" + NUMBER + "\\s+(\\p{L}+)");
    private static final Pattern ANY_NUMBER = Pattern.compile("(?<![\\d.,])" + NUMBER);
    private static final Pattern PRICE_QUESTION =
            Pattern.compile("\\b(magkano|how much|halaga|presyo|cost|costs|bayad|babayaran)\\b");

    private enum Operation {
        SUBTRACT("\\b(left|remain(s|ing)?|natira|natitira|naiwan|difference|how many more|ilan pa|kulang)\\b"),
        DIVIDE("\\b(equally|share[ds]?|divided|hinati|hahatiin|pantay|pantay-pantay)\\b"),
        MULTIPLY("\\b(times|beses|ulit|rows of|groups of)\\b|\\btig-?\\s?(?=\\d)"),
        ADD("\\b(total|altogether|in all|sum|combined|lahat|kabuuan|pinagsama)\\b");

        private final Pattern cue;

        Operation(String cue) {
            this.cue = Pattern.compile(cue);
        }
    }

    Optional<MathSolution> solve(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        return unitPrice(text).or(() -> oneOperation(text));
    }

    private Optional<MathSolution> unitPrice(String text) {
        Matcher price = PRICE.matcher(text);
        if (!price.find() || !PRICE_QUESTION.matcher(text).find()) {
            return Optional.empty();
        }
        // "a kilo", "isang kilo", "each": the price is for one of the things counted.
        if (!PER_UNIT.matcher(text).find()) {
            return Optional.empty();
        }
        BigDecimal each = number(price.group(1) != null ? price.group(1) : price.group(2));
        // The first number followed by a thing counted, not by "pesos", is how many are bought.
        return QUANTITY.matcher(text)
                .results()
                .filter(quantity -> !quantity.group(2).matches("pesos?|piso"))
                .findFirst()
                .map(quantity -> {
                    BigDecimal count = number(quantity.group(1));
                    BigDecimal total = count.multiply(each);
                    return new MathSolution(
                            MathSolution.Kind.UNIT_PRICE,
                            List.of(
                                    Step.of("word.unit-price.given", quantity.group(2), money(each), plain(count)),
                                    Step.of("word.unit-price.multiply", plain(count), money(each), money(total))),
                            Step.of("word.unit-price.answer", plain(count), quantity.group(2), money(total)));
                });
    }

    private Optional<MathSolution> oneOperation(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher matcher = ANY_NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(number(matcher.group(1)));
        }
        List<Operation> cued = Arrays.stream(Operation.values())
                .filter(op -> op.cue.matcher(text).find())
                .toList();
        if (cued.size() > 1) {
            // "How many kilos in all, 3 sacks of 25 each": "in all" asks for the result of the other operation.
            cued = cued.stream().filter(op -> op != Operation.ADD).toList();
        }
        if (numbers.size() != 2 || cued.size() != 1) {
            return Optional.empty();
        }
        BigDecimal larger = numbers.get(0).max(numbers.get(1));
        BigDecimal smaller = numbers.get(0).min(numbers.get(1));
        Operation operation = cued.get(0);
        if (operation == Operation.DIVIDE && smaller.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal result = switch (operation) {
            case ADD -> larger.add(smaller);
            case SUBTRACT -> larger.subtract(smaller);
            case MULTIPLY -> larger.multiply(smaller);
            case DIVIDE -> larger.divide(smaller, 4, RoundingMode.HALF_UP);
        };
        String key = "word.operation." + operation.name().toLowerCase(Locale.ROOT);
        // Two peso amounts added or subtracted give pesos.
        boolean pesos =
                Amounts.prices(text).size() == 2 && (operation == Operation.ADD || operation == Operation.SUBTRACT);
        Function<BigDecimal, String> shown = pesos ? Amounts::money : Amounts::plain;
        return Optional.of(new MathSolution(
                MathSolution.Kind.WORD_PROBLEM,
                List.of(
                        Step.of("word.operation.numbers", shown.apply(larger), shown.apply(smaller)),
                        Step.of(key, shown.apply(larger), shown.apply(smaller), shown.apply(result))),
                Step.of("math.answer.number", shown.apply(result))));
    }

    private static BigDecimal number(String text) {
        return Amounts.number(text);
    }

    private static String plain(BigDecimal value) {
        return Amounts.plain(value);
    }

    private static String money(BigDecimal value) {
        return Amounts.money(value);
    }
}
