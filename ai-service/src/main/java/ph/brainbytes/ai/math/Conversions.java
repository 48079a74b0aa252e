package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Metric length, mass and volume, and time: "convert 2.5 kg to grams", "ilang cm ang 3.2 meters". */
@Component
class Conversions {

    /** A unit: what it measures, its symbol, and its size in the base unit (m, g, L, s). */
    private record Unit(String dimension, String symbol, String size) {}

    /** Every name a learner may use for a unit, English and Filipino, mapped to the unit. */
    private static final Map<String, Unit> UNITS = names(
            unit("length", "mm", "1/1000", "mm", "millimeter", "millimeters", "milimetro"),
            unit("length", "cm", "1/100", "cm", "centimeter", "centimeters", "sentimetro"),
            unit("length", "m", "1", "m", "meter", "meters", "metre", "metres", "metro"),
            unit("length", "km", "1000", "km", "kilometer", "kilometers", "kilometro"),
            unit("mass", "mg", "1/1000", "mg", "milligram", "milligrams"),
            unit("mass", "g", "1", "g", "gram", "grams", "gramo"),
            unit("mass", "kg", "1000", "kg", "kilogram", "kilograms", "kilo", "kilos"),
            unit("volume", "mL", "1/1000", "ml", "milliliter", "milliliters", "mililitro"),
            unit("volume", "L", "1", "l", "liter", "liters", "litre", "litres", "litro"),
            unit("time", "s", "1", "sec", "secs", "second", "seconds", "segundo"),
            unit("time", "min", "60", "min", "mins", "minute", "minutes", "minuto"),
            unit("time", "h", "3600", "hr", "hrs", "hour", "hours", "oras"),
            unit("time", "days", "86400", "day", "days", "araw"));

    private static final String UNIT_WORD = "("
            + String.join(
                    "|",
                    UNITS.keySet().stream()
                            .sorted((a, b) -> b.length() - a.length())
                            .toList())
            + ")";
    private static final Pattern QUANTITY =
            Pattern.compile("(?<![\\d.,])" + Amounts.NUMBER + "\\s*(?:na |ng )?" + UNIT_WORD + "\\b");
    private static final Pattern UNIT = Pattern.compile("\\b" + UNIT_WORD + "\\b");
    private static final Pattern CUE =
            Pattern.compile("\\b(?:convert|i-convert|gawing|ilang|ilan|how many|how much|to|into|in|sa|equals?)\\b");

    private final Calculator calculator;

    Conversions(Calculator calculator) {
        this.calculator = calculator;
    }

    Optional<MathSolution> solve(String text) {
        Matcher quantity = QUANTITY.matcher(text);
        if (!CUE.matcher(text).find()
                || !quantity.find()
                || !Amounts.prices(text).isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = Amounts.number(quantity.group(1));
        Unit from = UNITS.get(quantity.group(2));
        if (quantity.find() || Amounts.numbers(text).size() != 1) {
            // More than one measured amount: a word problem, not a conversion.
            return Optional.empty();
        }
        List<Unit> targets = UNIT.matcher(text)
                .results()
                .map(m -> UNITS.get(m.group(1)))
                .filter(u ->
                        u.dimension().equals(from.dimension()) && !u.symbol().equals(from.symbol()))
                .distinct()
                .toList();
        if (targets.size() != 1) {
            return Optional.empty();
        }
        Unit to = targets.get(0);
        BigDecimal result = calculator.value(Amounts.exact(value) + "*(" + from.size() + ")/(" + to.size() + ")");
        String given = Amounts.plain(value) + " " + from.symbol();
        String converted = Amounts.plain(result) + " " + to.symbol();
        String factor = Amounts.plain(calculator.value("(" + from.size() + ")/(" + to.size() + ")"));
        return Optional.of(new MathSolution(
                MathSolution.Kind.CONVERSION,
                List.of(
                        Step.of("word.convert.factor", "1 " + from.symbol(), factor + " " + to.symbol()),
                        Step.of("word.convert.multiply", Amounts.plain(value), factor, converted)),
                Step.of("word.convert.answer", given, converted)));
    }

    private record Named(Unit unit, List<String> names) {}

    private static Named unit(String dimension, String symbol, String size, String... names) {
        return new Named(new Unit(dimension, symbol, size), List.of(names));
    }

    private static Map<String, Unit> names(Named... units) {
        Map<String, Unit> byName = new HashMap<>();
        for (Named named : units) {
            named.names().forEach(name -> byName.put(name, named.unit()));
        }
        return Map.copyOf(byName);
    }
}
