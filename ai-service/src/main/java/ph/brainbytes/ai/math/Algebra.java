package ph.brainbytes.ai.math;

import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.springframework.stereotype.Component;

/**
 * The computer-algebra system (Symja). Initialised once at start-up, since that takes about a
 * second. Only expressions built by {@link ExpressionParser} and this package ever reach it.
 */
@Component
class Algebra {

    // Symja's settings are global to the JVM, so they are set once with the class, not per instance.
    static {
        // Defence in depth: the parser never lets a function name through, but file access stays off.
        Config.FILESYSTEM_ENABLED = false;
        F.initSymbols();
    }

    /** Evaluates one expression. Serialised: the engine keeps per-evaluation state that is not thread-safe. */
    synchronized IExpr eval(String expression) {
        return new ExprEvaluator().eval(expression);
    }

    String evalToString(String expression) {
        return eval(expression).toString();
    }
}
