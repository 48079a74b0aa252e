package ph.brainbytes.ai.math;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.interfaces.IExpr;

/** Reads the algebra system's {@code Solve} answer: a list of solutions, each a list of rules. */
final class Roots {

    private Roots() {}

    /** Every solution as variable → value, in the order given; solutions with no rules are dropped. */
    static List<Map<String, String>> of(IExpr solveResult) {
        List<Map<String, String>> solutions = new ArrayList<>();
        if (!solveResult.isList()) {
            return solutions;
        }
        for (int i = 1; i <= solveResult.argSize(); i++) {
            IExpr solution = solveResult.getAt(i);
            Map<String, String> values = new LinkedHashMap<>();
            for (int j = 1; solution.isList() && j <= solution.argSize(); j++) {
                IExpr rule = solution.getAt(j);
                if (rule.isRuleAST()) {
                    values.put(rule.first().toString(), rule.second().toString());
                }
            }
            if (!values.isEmpty()) {
                solutions.add(values);
            }
        }
        return solutions;
    }

    /** Whether {@code Solve} answered "every value": one solution with no rules. */
    static boolean isIdentity(IExpr solveResult) {
        return solveResult.isList()
                && solveResult.argSize() == 1
                && solveResult.getAt(1).isList()
                && solveResult.getAt(1).argSize() == 0;
    }
}
