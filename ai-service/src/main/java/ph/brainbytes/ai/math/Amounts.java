package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and peso amounts as learners write them (₱1,500, 1500 pesos, php 52.50), and as we print them. */
final class Amounts {

    static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    static final Pattern PRICE =
            Pattern.compile("(?:₱|\\bphp ?|\\bp(?=\\d))" + NUMBER + "|" + NUMBER + " ?(?:pesos?|piso)\\b");
    static final Pattern ANY_NUMBER = Pattern.compile("(?<![\\d.,])" + NUMBER);

    private Amounts() {}

    /** A peso amount found in the text, where it starts and ends. */
    record Price(BigDecimal value, int start, int end) {}

    static List<Price> prices(String text) {
        List<Price> prices = new ArrayList<>();
        Matcher matcher = PRICE.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            prices.add(new Price(number(digits), matcher.start(), matcher.end()));
        }
        return prices;
    }

    /** Every number in the text, with where it starts. */
    static List<Price> numbers(String text) {
        List<Price> numbers = new ArrayList<>();
        Matcher matcher = ANY_NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(new Price(number(matcher.group(1)), matcher.start(), matcher.end()));
        }
        return numbers;
    }

    static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Pesos: whole amounts as they are, centavos always with two digits. */
    static String money(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String amount = stripped.scale() <= 0
                ? stripped.toPlainString()
                : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "₱" + amount;
    }

    /** A number as an exact fraction for the algebra system: 1.80 becomes (180/100). */
    static String exact(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return "(" + stripped.toPlainString() + ")";
        }
        return "(" + stripped.unscaledValue() + "/"
                + BigDecimal.TEN.pow(stripped.scale()).toPlainString() + ")";
    }
}
