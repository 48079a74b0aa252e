package ph.brainbytes.frontend.vitals;

import java.util.Map;
import java.util.Set;

/** What vitals.js sends: one page view's measurements, in milliseconds except CLS (a score). */
record VitalsBeacon(String page, String device, String connection, Map<String, Double> metrics) {

    static final Set<String> DEVICES = Set.of("mobile", "desktop");
    static final Set<String> CONNECTIONS = Set.of("slow-2g", "2g", "3g", "4g", "unknown");

    /** The most a real page view can report; anything beyond is a broken or forged beacon. */
    private static final Map<String, Double> LIMITS =
            Map.of("LCP", 120_000.0, "INP", 60_000.0, "TTFB", 120_000.0, "CLS", 100.0);

    boolean isValid(Set<String> pages) {
        // immutable sets refuse to look up null, so a missing label is checked first
        return page != null
                && device != null
                && connection != null
                && pages.contains(page)
                && DEVICES.contains(device)
                && CONNECTIONS.contains(connection)
                && metrics != null
                && !metrics.isEmpty()
                && metrics.entrySet().stream().allMatch(VitalsBeacon::plausible);
    }

    private static boolean plausible(Map.Entry<String, Double> metric) {
        Double value = metric.getValue();
        return metric.getKey() != null
                && LIMITS.containsKey(metric.getKey())
                && value != null
                && value >= 0
                && value <= LIMITS.get(metric.getKey());
    }
}
