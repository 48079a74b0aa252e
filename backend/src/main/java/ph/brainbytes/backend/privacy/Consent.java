package ph.brainbytes.backend.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Proof of consent: which privacy notice was accepted, when, and by which guardian for a minor. */
@Entity
@Table(name = "consents")
class Consent {

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "notice_version")
    private String noticeVersion;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "guardian_name")
    private String guardianName;

    @Column(name = "guardian_email")
    private String guardianEmail;

    protected Consent() {}

    Consent(UUID userId, String noticeVersion, Instant acceptedAt, String guardianName, String guardianEmail) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.noticeVersion = noticeVersion;
        this.acceptedAt = acceptedAt;
        this.guardianName = guardianName;
        this.guardianEmail = guardianEmail;
    }

    Consents.ConsentView view() {
        return new Consents.ConsentView(noticeVersion, acceptedAt, guardianName, guardianEmail);
    }
}
