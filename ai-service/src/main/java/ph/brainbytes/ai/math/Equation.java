package ph.brainbytes.ai.math;

import java.util.Set;
import java.util.TreeSet;

/** {@code left = right}. */
record Equation(Expression left, Expression right) {

    String symja() {
        return "(" + left.symja() + ")==(" + right.symja() + ")";
    }

    String display() {
        return left.display() + " = " + right.display();
    }

    Set<String> variables() {
        Set<String> all = new TreeSet<>(left.variables());
        all.addAll(right.variables());
        return all;
    }
}
