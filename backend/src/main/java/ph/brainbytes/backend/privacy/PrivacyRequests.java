package ph.brainbytes.backend.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs "download my data" and "erase my data" across every feature's {@link PersonalData}. */
@Service
public class PrivacyRequests {

    private final List<PersonalData> sections;
    private final Clock clock;

    PrivacyRequests(List<PersonalData> sections, Clock clock) {
        this.sections = sections;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Export export(UUID userId) {
        Map<String, Object> data = new LinkedHashMap<>();
        sections.forEach(section -> data.put(section.section(), section.export(userId)));
        return new Export(userId, clock.instant(), data);
    }

    /** All sections or none: the caller's transaction spans them, so a failure leaves the data whole. */
    @Transactional
    public void erase(UUID userId) {
        sections.forEach(section -> section.erase(userId));
    }

    /** The downloadable document: one key per feature under {@code sections}. */
    public record Export(UUID userId, Instant exportedAt, Map<String, Object> sections) {

        /** Read-only, in the order the sections were gathered; a section may export nothing (null). */
        public Export {
            sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        }
    }
}
