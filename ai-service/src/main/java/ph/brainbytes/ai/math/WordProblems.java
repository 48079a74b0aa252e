package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final Pattern PRICE =
            Pattern.compile("(?:₱|\\bphp ?|\\bp(?=\\d))" + NUMBER + "|" + NUMBER + " ?(?:pesos?|piso)\\b");
    private static final Pattern PER_UNIT =
            Pattern.compile("\\b(?:(?:isang|bawat|kada|per|a|an|one|1)\\s+(\\p{L}+)|each\\b)");
    private static final Pattern QUANTITY = Pattern.compile("(?<![₱\\d.,])" + NUMBER + "\\s+(\\p{L}+)");
    private static final Pattern ANY_NUMBER = Pattern.compile("(?<![\\d.,])" + NUMBER);
    private static final Pattern PRICE_QUESTION =
            Pattern.compile("\\b(magkano|how much|halaga|presyo|cost|costs|bayad|babayaran)\\b");

    private enum Operation {
        SUBTRACT("\\b(left|remain(s|ing)?|natira|natitira|naiwan|difference|how many more|ilan pa|kulang)\\b"),
        DIVIDE("\\b(equally|share[ds]?|divided|hinati|hahatiin|pantay|pantay-pantay)\\b"),
        MULTIPLY("\\b(times|beses|ulit|rows of|groups of)\\b"),
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
        Matcher quantity = QUANTITY.matcher(text);
        while (quantity.find()) {
            if (quantity.group(2).matches("pesos?|piso")) {
                continue;
            }
            BigDecimal count = number(quantity.group(1));
            BigDecimal total = count.multiply(each);
            return Optional.of(new MathSolution(
                    MathSolution.Kind.UNIT_PRICE,
                    List.of(
                            Step.of("word.unit-price.given", quantity.group(2), money(each), plain(count)),
                            Step.of("word.unit-price.multiply", plain(count), money(each), money(total))),
                    Step.of("word.unit-price.answer", plain(count), quantity.group(2), money(total))));
        }
        return Optional.empty();
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
        return Optional.of(new MathSolution(
                MathSolution.Kind.WORD_PROBLEM,
                List.of(
                        Step.of("word.operation.numbers", plain(larger), plain(smaller)),
                        Step.of(key, plain(larger), plain(smaller), plain(result))),
                Step.of("math.answer.number", plain(result))));
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Pesos: whole amounts as they are, centavos always with two digits. */
    private static String money(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String amount = stripped.scale() <= 0
                ? stripped.toPlainString()
                : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "₱" + amount;
    }
}
