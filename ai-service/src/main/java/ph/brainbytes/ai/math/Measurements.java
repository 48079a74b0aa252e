package ph.brainbytes.ai.math;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Area, perimeter, circumference and volume of the shapes taught in grade school, with units:
 * "area of a rectangle 8 cm by 5 cm", "volume ng cube na 6 cm ang edge".
 */
@Component
class Measurements {

    private enum Measure {
        AREA("\\b(?:area|lawak|sukat ng ibabaw)\\b", "²"),
        PERIMETER("\\b(?:perimeter|perimetro|paligid)\\b", ""),
        CIRCUMFERENCE("\\b(?:circumference|sirkumperensiya|sirkumperensya)\\b", ""),
        VOLUME("\\b(?:volume|bolyum|kapasidad)\\b", "³");

        private final Pattern cue;
        private final String power;

        Measure(String cue, String power) {
            this.cue = Pattern.compile(cue);
            this.power = power;
        }
    }

    private enum Shape {
        SQUARE("\\b(?:square|parisukat)\\b"),
        RECTANGLE("\\b(?:rectangle|rectangular|parihaba)\\b"),
        TRIANGLE("\\b(?:triangle|tatsulok|trianggulo|triyanggulo)\\b"),
        CIRCLE("\\b(?:circle|bilog|sirkulo)\\b"),
        CUBE("\\b(?:cube|kubo)\\b"),
        BOX("\\b(?:box|kahon|prism|prisma)\\b");

        private final Pattern cue;

        Shape(String cue) {
            this.cue = Pattern.compile(cue);
        }
    }

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("mm", "mm"),
            Map.entry("cm", "cm"),
            Map.entry("m", "m"),
            Map.entry("km", "km"),
            Map.entry("in", "in"),
            Map.entry("ft", "ft"),
            Map.entry("meter", "m"),
            Map.entry("meters", "m"),
            Map.entry("metro", "m"),
            Map.entry("centimeter", "cm"),
            Map.entry("centimeters", "cm"),
            Map.entry("sentimetro", "cm"),
            Map.entry("inches", "in"),
            Map.entry("feet", "ft"));
    private static final Pattern LENGTH = Pattern.compile("(?<![\\d.,/])" + Amounts.NUMBER
            + "\\s*(mm|cm|m|km|in|ft|meters?|metro|centimeters?|sentimetro|inches|feet)\\b");
    private static final Pattern DIAMETER = Pattern.compile("\\b(?:diameter|diyametro|dayametro)\\b");
    private static final Pattern TWENTY_TWO_SEVENTHS = Pattern.compile("22\\s*/\\s*7");

    private final Calculator calculator;

    Measurements(Calculator calculator) {
        this.calculator = calculator;
    }

    Optional<MathSolution> solve(String text) {
        Optional<Measure> measure =
                first(Measure.values(), m -> m.cue.matcher(text).find());
        Optional<Shape> shape = first(Shape.values(), s -> s.cue.matcher(text).find());
        if (measure.isEmpty() || shape.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sizes = new ArrayList<>();
        Matcher length = LENGTH.matcher(text);
        while (length.find()) {
            sizes.add(Amounts.number(length.group(1)));
        }
        if (sizes.isEmpty()) {
            return Optional.empty();
        }
        // The first length's unit is the answer's: "8 cm by 5 cm" gives cm².
        String unit = UNITS.get(firstUnit(text));
        return formula(measure.get(), shape.get(), sizes, text).map(f -> solution(f, measure.get(), unit));
    }

    private record Formula(String name, String symja, String shown) {}

    private Optional<Formula> formula(Measure measure, Shape shape, List<BigDecimal> sizes, String text) {
        String a = Amounts.exact(sizes.get(0));
        String shownA = Amounts.plain(sizes.get(0));
        boolean two = sizes.size() >= 2;
        String b = two ? Amounts.exact(sizes.get(1)) : a;
        String shownB = two ? Amounts.plain(sizes.get(1)) : shownA;
        return switch (shape) {
            case SQUARE ->
                switch (measure) {
                    case AREA -> Optional.of(new Formula("A = s²", a + "^2", shownA + " × " + shownA));
                    case PERIMETER -> Optional.of(new Formula("P = 4s", "4*" + a, "4 × " + shownA));
                    default -> Optional.empty();
                };
            case RECTANGLE ->
                !two
                        ? Optional.empty()
                        : switch (measure) {
                            case AREA -> Optional.of(new Formula("A = l × w", a + "*" + b, shownA + " × " + shownB));
                            case PERIMETER ->
                                Optional.of(new Formula(
                                        "P = 2(l + w)",
                                        "2*(" + a + "+" + b + ")",
                                        "2 × (" + shownA + " + " + shownB + ")"));
                            case VOLUME -> box(sizes);
                            default -> Optional.empty();
                        };
            case TRIANGLE ->
                !two
                        ? Optional.empty()
                        : switch (measure) {
                            case AREA ->
                                Optional.of(new Formula(
                                        "A = b × h ÷ 2", a + "*" + b + "/2", shownA + " × " + shownB + " ÷ 2"));
                            case PERIMETER ->
                                sizes.size() == 3
                                        ? Optional.of(new Formula(
                                                "P = a + b + c",
                                                a + "+" + b + "+" + Amounts.exact(sizes.get(2)),
                                                shownA + " + " + shownB + " + " + Amounts.plain(sizes.get(2))))
                                        : Optional.empty();
                            default -> Optional.empty();
                        };
            case CIRCLE -> circle(measure, sizes.get(0), text);
            case CUBE ->
                measure == Measure.VOLUME
                        ? Optional.of(new Formula("V = s³", a + "^3", shownA + " × " + shownA + " × " + shownA))
                        : Optional.empty();
            case BOX -> measure == Measure.VOLUME ? box(sizes) : Optional.empty();
        };
    }

    private static Optional<Formula> box(List<BigDecimal> sizes) {
        if (sizes.size() != 3) {
            return Optional.empty();
        }
        return Optional.of(new Formula(
                "V = l × w × h",
                Amounts.exact(sizes.get(0)) + "*" + Amounts.exact(sizes.get(1)) + "*" + Amounts.exact(sizes.get(2)),
                Amounts.plain(sizes.get(0)) + " × " + Amounts.plain(sizes.get(1)) + " × "
                        + Amounts.plain(sizes.get(2))));
    }

    /** π as the question says (22/7), else 3.14 as Philippine schools use. */
    private static Optional<Formula> circle(Measure measure, BigDecimal size, String text) {
        boolean diameter = DIAMETER.matcher(text).find();
        String pi = TWENTY_TWO_SEVENTHS.matcher(text).find() ? "(22/7)" : "(314/100)";
        String shownPi = "(22/7)".equals(pi) ? "22/7" : "3.14";
        String r = diameter ? Amounts.exact(size) + "/2" : Amounts.exact(size);
        String shownR = diameter ? Amounts.plain(size) + " ÷ 2" : Amounts.plain(size);
        return switch (measure) {
            case AREA -> Optional.of(new Formula("A = πr²", pi + "*(" + r + ")^2", shownPi + " × (" + shownR + ")²"));
            case CIRCUMFERENCE, PERIMETER ->
                Optional.of(new Formula("C = 2πr", "2*" + pi + "*(" + r + ")", "2 × " + shownPi + " × " + shownR));
            default -> Optional.empty();
        };
    }

    private MathSolution solution(Formula formula, Measure measure, String unit) {
        BigDecimal value = calculator.value(formula.symja());
        String result = Amounts.plain(value.setScale(Math.min(value.scale(), 2), RoundingMode.HALF_UP));
        String withUnit = result + " " + unit + measure.power;
        return new MathSolution(
                MathSolution.Kind.MEASUREMENT,
                List.of(
                        Step.of("word.measure.formula", formula.name()),
                        Step.of("word.measure.substitute", formula.shown(), withUnit)),
                Step.of("word.measure.answer", withUnit));
    }

    private static String firstUnit(String text) {
        Matcher length = LENGTH.matcher(text);
        return length.find() ? length.group(2) : "";
    }

    private static <T> Optional<T> first(T[] values, Predicate<T> test) {
        for (T value : values) {
            if (test.test(value)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
