package ph.brainbytes.frontend.vitals;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * brainbytes_http_response_size_bytes{uri}: body bytes of each response (before compression), by
 * route template, to watch what a student's data plan pays for. Streamed answers are left out:
 * holding them back to count them would stop them streaming.
 */
@Component
class ResponseSizeFilter extends OncePerRequestFilter {

    private final MeterRegistry registry;

    ResponseSizeFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().endsWith("/stream");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper counted = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, counted);
        } finally {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            DistributionSummary.builder("brainbytes.http.response.size")
                    .baseUnit("bytes")
                    .description("Response body bytes before compression, by route template")
                    .tag("uri", pattern == null ? "UNKNOWN" : pattern.toString())
                    .serviceLevelObjectives(1024, 5 * 1024, 20 * 1024, 50 * 1024, 200 * 1024)
                    .register(registry)
                    .record(counted.getContentSize());
            counted.copyBodyToResponse();
        }
    }
}
