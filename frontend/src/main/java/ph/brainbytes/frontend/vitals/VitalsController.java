package ph.brainbytes.frontend.vitals;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives vitals.js beacons. Labels are checked against fixed sets (pages: this app's own route
 * templates) so nobody can grow the metric's label space; garbage is a 400, oversize a 413.
 */
@RestController
class VitalsController {

    static final int MAX_BYTES = 1024;

    private final VitalsMetrics metrics;
    private final JsonMapper json;
    private final RequestMappingHandlerMapping mappings;
    private Set<String> pages;

    VitalsController(
            VitalsMetrics metrics,
            JsonMapper json,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.metrics = metrics;
        this.json = json;
        this.mappings = mappings;
    }

    @PostMapping("/vitals")
    ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            return ResponseEntity.status(413).build();
        }
        VitalsBeacon beacon;
        try {
            beacon = json.readValue(body, VitalsBeacon.class);
        } catch (JacksonException garbage) {
            return ResponseEntity.badRequest().build();
        }
        if (beacon == null || !beacon.isValid(pages())) {
            return ResponseEntity.badRequest().build();
        }
        metrics.record(beacon);
        return ResponseEntity.noContent().build();
    }

    private Set<String> pages() {
        if (pages == null) {
            pages = mappings.getHandlerMethods().keySet().stream()
                    .flatMap(info -> info.getPatternValues().stream())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return pages;
    }
}
