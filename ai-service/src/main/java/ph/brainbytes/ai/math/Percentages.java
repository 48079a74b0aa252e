package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Percent problems of everyday life: a percent of a number, what percent one number is of another,
 * a discount, the 12 % VAT, and simple interest.
 */
@Component
class Percentages {

    /** The Philippine value-added tax, used when a question says "with VAT" without a rate. */
    static final BigDecimal VAT_RATE = new BigDecimal("12");

    private static final Pattern PERCENT =
            Pattern.compile("(?<![\\d.,])" + Amounts.NUMBER + "\\s*(?:%|percent\\b|porsiyento\\b|porsyento\\b)");
    private static final Pattern VAT = Pattern.compile("\\bvat\\b");
    private static final Pattern VAT_ONLY =
            Pattern.compile("\\b(?:how much|magkano)(?: po)?(?: is| ang| yung| ung)? (?:the )?vat\\b");
    private static final Pattern INTEREST = Pattern.compile("\\b(?:interest|interes)\\b");
    private static final Pattern YEARS =
            Pattern.compile("(?<![\\d.,])" + Amounts.NUMBER + "\\s*(?:years?|yrs?|taon)\\b");
    private static final Pattern DISCOUNT =
            Pattern.compile("\\b(?:off|discount(?:ed)?|diskwento|diskuwento|bawas|less|sale)\\b");
    private static final Pattern DISCOUNT_ONLY = Pattern.compile(
            "\\b(?:how much|magkano)(?: po)?(?: is| ang| yung| ung)? (?:the )?(?:discount|diskwento|bawas)\\b");
    private static final Pattern WHAT_PERCENT =
            Pattern.compile("\\b(?:what|ilang|anong|ano ang|ilan ang) ?(?:percent(?:age)?|porsiyento|porsyento|%)");

    private final Calculator calculator;

    Percentages(Calculator calculator) {
        this.calculator = calculator;
    }

    Optional<MathSolution> solve(String text) {
        Matcher percent = PERCENT.matcher(text);
        if (!percent.find()) {
            return VAT.matcher(text).find() ? vat(text, VAT_RATE, -1) : whatPercent(text);
        }
        BigDecimal rate = Amounts.number(percent.group(1));
        if (VAT.matcher(text).find()) {
            return vat(text, rate, percent.start());
        }
        if (INTEREST.matcher(text).find()) {
            return interest(text, rate, percent.start());
        }
        if (DISCOUNT.matcher(text).find()) {
            return discount(text, rate, percent.start());
        }
        return percentOf(text, rate, percent.start());
    }

    private Optional<MathSolution> vat(String text, BigDecimal rate, int percentAt) {
        Optional<BigDecimal> price = base(text, percentAt);
        if (price.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal tax = calculator.value(Amounts.exact(price.get()) + "*" + Amounts.exact(rate) + "/100");
        BigDecimal total = calculator.value(Amounts.exact(price.get()) + "+" + Amounts.exact(tax));
        List<Step> work = List.of(
                Step.of("word.vat.rate", Amounts.plain(rate) + "%"),
                Step.of("word.vat.tax", Amounts.money(price.get()), Amounts.plain(rate) + "%", Amounts.money(tax)),
                Step.of("word.vat.total", Amounts.money(price.get()), Amounts.money(tax), Amounts.money(total)));
        Step answer = VAT_ONLY.matcher(text).find()
                ? Step.of("word.vat.answer-tax", Amounts.money(tax))
                : Step.of("word.vat.answer", Amounts.money(total));
        return Optional.of(new MathSolution(MathSolution.Kind.PERCENT, work, answer));
    }

    private Optional<MathSolution> interest(String text, BigDecimal rate, int percentAt) {
        Matcher years = YEARS.matcher(text);
        Optional<BigDecimal> principal = base(text, percentAt);
        if (!years.find() || principal.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal time = Amounts.number(years.group(1));
        BigDecimal interest = calculator.value(
                Amounts.exact(principal.get()) + "*" + Amounts.exact(rate) + "/100*" + Amounts.exact(time));
        return Optional.of(new MathSolution(
                MathSolution.Kind.PERCENT,
                List.of(
                        Step.of("word.interest.formula"),
                        Step.of(
                                "word.interest.compute",
                                Amounts.money(principal.get()),
                                Amounts.plain(rate) + "%",
                                Amounts.plain(time),
                                Amounts.money(interest))),
                Step.of("word.interest.answer", Amounts.money(interest))));
    }

    private Optional<MathSolution> discount(String text, BigDecimal rate, int percentAt) {
        Optional<BigDecimal> price = base(text, percentAt);
        if (price.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal off = calculator.value(Amounts.exact(price.get()) + "*" + Amounts.exact(rate) + "/100");
        BigDecimal pay = calculator.value(Amounts.exact(price.get()) + "-" + Amounts.exact(off));
        List<Step> work = List.of(
                Step.of(
                        "word.discount.amount",
                        Amounts.plain(rate) + "%",
                        Amounts.money(price.get()),
                        Amounts.money(off)),
                Step.of("word.discount.subtract", Amounts.money(price.get()), Amounts.money(off), Amounts.money(pay)));
        Step answer = DISCOUNT_ONLY.matcher(text).find()
                ? Step.of("word.discount.answer-off", Amounts.money(off))
                : Step.of("word.discount.answer", Amounts.money(pay));
        return Optional.of(new MathSolution(MathSolution.Kind.PERCENT, work, answer));
    }

    private Optional<MathSolution> percentOf(String text, BigDecimal rate, int percentAt) {
        List<Amounts.Price> others = Amounts.numbers(text).stream()
                .filter(n -> n.start() != percentAt)
                .toList();
        if (others.size() != 1) {
            return Optional.empty();
        }
        BigDecimal whole = others.get(0).value();
        boolean pesos = !Amounts.prices(text).isEmpty();
        BigDecimal part = calculator.value(Amounts.exact(rate) + "/100*" + Amounts.exact(whole));
        String shownWhole = pesos ? Amounts.money(whole) : Amounts.plain(whole);
        String shownPart = pesos ? Amounts.money(part) : Amounts.plain(part);
        return Optional.of(new MathSolution(
                MathSolution.Kind.PERCENT,
                List.of(
                        Step.of("word.percent.decimal", Amounts.plain(rate) + "%", Amounts.plain(rateAsDecimal(rate))),
                        Step.of("word.percent.multiply", Amounts.plain(rateAsDecimal(rate)), shownWhole, shownPart)),
                Step.of("word.percent.answer", Amounts.plain(rate) + "%", shownWhole, shownPart)));
    }

    /** "What percent is 18 of 24?", "45 out of 60": the part over the whole, times 100. */
    private Optional<MathSolution> whatPercent(String text) {
        List<Amounts.Price> numbers = Amounts.numbers(text);
        if (!WHAT_PERCENT.matcher(text).find() || numbers.size() != 2) {
            return Optional.empty();
        }
        BigDecimal part = numbers.get(0).value();
        BigDecimal whole = numbers.get(1).value();
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal percent = calculator.value(Amounts.exact(part) + "/" + Amounts.exact(whole) + "*100");
        String shown = Amounts.plain(percent.setScale(Math.min(percent.scale(), 2), RoundingMode.HALF_UP));
        return Optional.of(new MathSolution(
                MathSolution.Kind.PERCENT,
                List.of(Step.of("word.what-percent.divide", Amounts.plain(part), Amounts.plain(whole), shown + "%")),
                Step.of("word.what-percent.answer", Amounts.plain(part), Amounts.plain(whole), shown + "%")));
    }

    private BigDecimal rateAsDecimal(BigDecimal rate) {
        return calculator.value(Amounts.exact(rate) + "/100");
    }

    /** The amount the percent is taken of: a peso amount, else the one other number that is not a count of years. */
    private static Optional<BigDecimal> base(String text, int percentAt) {
        List<Amounts.Price> prices = Amounts.prices(text);
        if (!prices.isEmpty()) {
            return Optional.of(prices.get(0).value());
        }
        Matcher years = YEARS.matcher(text);
        int yearsAt = years.find() ? years.start() : -1;
        List<Amounts.Price> others = Amounts.numbers(text).stream()
                .filter(n -> n.start() != percentAt && n.start() != yearsAt)
                .toList();
        return others.size() == 1 ? Optional.of(others.get(0).value()) : Optional.empty();
    }
}
