package ph.brainbytes.ai.faults;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down or fails the tutor's calls on purpose, so that an operator can see TutorSlowAnswers,
 * TutorErrorRateHigh and the error-budget alerts fire on a demo machine. It exists only with
 * {@code brainbytes.faults.enabled=true}; it runs after authentication, so only calls the backend
 * could make are affected, and it says so in the log at start-up.
 */
@Component
@ConditionalOnProperty(name = "brainbytes.faults.enabled", havingValue = "true")
class FaultInjectionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FaultInjectionFilter.class);
    private static final String TUTOR_CALLS = "/internal/v1/tutor/";

    private final FaultProperties faults;
    private final DoubleSupplier random;

    @Autowired
    FaultInjectionFilter(FaultProperties faults) {
        this(faults, () -> ThreadLocalRandom.current().nextDouble());
    }

    FaultInjectionFilter(FaultProperties faults, DoubleSupplier random) {
        this.faults = faults;
        this.random = random;
        log.warn(
                "FAULT INJECTION ON (brainbytes.faults): tutor calls delayed by {} and {}% answered 500",
                faults.delay(), Math.round(faults.errorRate() * 100));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(TUTOR_CALLS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!faults.delay().isZero()) {
            try {
                Thread.sleep(faults.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (random.getAsDouble() < faults.errorRate()) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"https://brainbytes.ph/problems/injected-fault\",\"title\":\"Injected fault\","
                            + "\"status\":500,\"detail\":\"brainbytes.faults.error-rate is set on this ai-service\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
