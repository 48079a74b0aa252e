package ph.brainbytes.ai.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Solves two linear equations in two unknowns by substitution, the method taught first. */
@Component
class SystemSteps {

    private final Algebra algebra;
    private final EquationTools tools;

    SystemSteps(Algebra algebra, EquationTools tools) {
        this.algebra = algebra;
        this.tools = tools;
    }

    Optional<MathSolution> solve(List<Equation> equations) {
        Equation first = equations.get(0);
        Equation second = equations.get(1);
        List<String> variables = new ArrayList<>(new TreeSet<>(first.variables()));
        second.variables().stream().filter(v -> !variables.contains(v)).forEach(variables::add);
        if (variables.size() != 2) {
            return Optional.empty();
        }
        List<Step> work = new ArrayList<>();
        work.add(Step.of("math.system.start", first.display(), second.display()));
        List<Map<String, String>> solutions = Roots.of(algebra.eval(
                "Solve({" + first.symja() + "," + second.symja() + "},{" + String.join(",", variables) + "})"));
        boolean unique = solutions.size() == 1 && solutions.get(0).size() == 2;
        if (!unique) {
            return Optional.of(new MathSolution(MathSolution.Kind.SYSTEM, work, Step.of("math.system.not-unique")));
        }
        // Isolate a variable that the first equation contains, preferring the second (y in x, y).
        String isolated = first.variables().contains(variables.get(1)) ? variables.get(1) : variables.get(0);
        String other = isolated.equals(variables.get(0)) ? variables.get(1) : variables.get(0);
        List<Map<String, String>> isolation = Roots.of(algebra.eval("Solve(" + first.symja() + "," + isolated + ")"));
        Map<String, String> solution = solutions.get(0);
        if (isolation.size() == 1) {
            String expression = isolation.get(0).get(isolated);
            work.add(Step.of("math.system.isolate", MathFormat.pretty(isolated + "==" + expression)));
            String substitution = "," + isolated + "->(" + expression + "))";
            String substituted = tools.descending("ReplaceAll(" + second.left().symja() + substitution, other) + " = "
                    + tools.descending("ReplaceAll(" + second.right().symja() + substitution, other);
            work.add(Step.of(
                    "math.system.substitute", substituted, MathFormat.pretty(other + "==" + solution.get(other))));
            work.add(Step.of("math.system.back", MathFormat.pretty(isolated + "==" + solution.get(isolated))));
        }
        work.add(tools.check(first, solution));
        work.add(tools.check(second, solution));
        String answer = variables.stream()
                .map(v -> v + " = " + MathFormat.pretty(solution.get(v)))
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        return Optional.of(new MathSolution(MathSolution.Kind.SYSTEM, work, Step.of("math.answer.equation", answer)));
    }
}
