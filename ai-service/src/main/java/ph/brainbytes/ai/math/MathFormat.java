package ph.brainbytes.ai.math;

import java.util.regex.Pattern;

/** Turns the algebra system's output ({@code -10+2*x}, {@code 2*Sqrt(2)}) into school notation. */
final class MathFormat {

    private static final Pattern SIMPLE_ROOT = Pattern.compile("Sqrt\\((\\d+)\\)");
    private static final Pattern COEFFICIENT = Pattern.compile("(\\d)\\*(?=[a-z√(])");
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("(\\d+)\\.0+(?!\\d)");
    private static final Pattern BINARY_SIGN = Pattern.compile("(?<=[\\w)²³√])([+-])");

    private MathFormat() {}

    static String pretty(String symja) {
        String text = symja.replace(" ", "").replace("==", "=");
        text = SIMPLE_ROOT.matcher(text).replaceAll("√$1").replace("Sqrt(", "√(");
        text = COEFFICIENT.matcher(text).replaceAll("$1");
        text = text.replace("^2", "²").replace("^3", "³").replace("*", " × ");
        text = WHOLE_DECIMAL.matcher(text).replaceAll("$1");
        text = BINARY_SIGN.matcher(text).replaceAll(" $1 ");
        return text.replace("=", " = ").replaceAll(" {2,}", " ").trim();
    }
}
