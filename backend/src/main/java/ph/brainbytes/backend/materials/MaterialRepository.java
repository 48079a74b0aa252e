package ph.brainbytes.backend.materials;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MaterialRepository extends JpaRepository<Material, UUID> {

    /**
     * Newest first. A null filter matches everything; {@code competency} is lower-case; {@code pattern} is a
     * lower-case LIKE pattern escaped with '\' that the title, summary or body must contain.
     */
    @Query("select m from Material m where " + MATCHES + " order by m.createdAt desc, m.id desc")
    List<Material> firstPage(Integer grade, String subject, String competency, String pattern, Limit limit);

    /** The page after the material created at ({@code createdAt}, {@code id}). */
    @Query("select m from Material m where " + MATCHES
            + " and (m.createdAt < :createdAt or (m.createdAt = :createdAt and m.id < :id))"
            + " order by m.createdAt desc, m.id desc")
    List<Material> pageAfter(
            Integer grade, String subject, String competency, String pattern, Instant createdAt, UUID id, Limit limit);

    List<Material> findByAuthorIdOrderByCreatedAtDesc(UUID authorId);

    String MATCHES = """
            (:subject is null or m.subject = :subject)
            and (:grade is null or m.gradeLevel = :grade)
            and (:competency is null or lower(m.competency) = :competency)
            and (lower(m.title) like :pattern escape '\\'
                 or lower(coalesce(m.summary, '')) like :pattern escape '\\'
                 or lower(m.body) like :pattern escape '\\')""";
}
