package ph.brainbytes.backend.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent under the Data Privacy Act. Whoever may still be under 18 (this year minus the birth year is below 19,
 * since the birthday may not have come yet) needs a parent or guardian named with the consent.
 */
@Service
@EnableConfigurationProperties(PrivacyProperties.class)
public class Consents implements PersonalData {

    private static final int ADULT_FROM_YEARS = 19;
    private static final ZoneId PHILIPPINES = ZoneId.of("Asia/Manila");

    private final ConsentRepository consents;
    private final PrivacyProperties properties;
    private final Clock clock;

    Consents(ConsentRepository consents, PrivacyProperties properties, Clock clock) {
        this.consents = consents;
        this.properties = properties;
        this.clock = clock;
    }

    public boolean needsGuardian(int birthYear) {
        return currentYear() - birthYear < ADULT_FROM_YEARS;
    }

    public int currentYear() {
        return Year.now(clock.withZone(PHILIPPINES)).getValue();
    }

    /** Stores the consent given with the current notice; guardian fields may be null for adults. */
    @Transactional
    public void record(UUID userId, String guardianName, String guardianEmail) {
        consents.save(new Consent(userId, properties.noticeVersion(), clock.instant(), guardianName, guardianEmail));
    }

    @Override
    public String section() {
        return "consent";
    }

    @Override
    public List<ConsentView> export(UUID userId) {
        return consents.findByUserIdOrderByAcceptedAt(userId).stream()
                .map(Consent::view)
                .toList();
    }

    @Override
    public void erase(UUID userId) {
        consents.deleteByUserId(userId);
    }

    public record ConsentView(String noticeVersion, Instant acceptedAt, String guardianName, String guardianEmail) {}
}
