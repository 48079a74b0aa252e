package ph.brainbytes.backend.feedback;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnswerFeedbackRepository extends JpaRepository<AnswerFeedback, UUID> {

    List<AnswerFeedback> findByUserIdOrderByCreatedAtAsc(UUID userId);

    void deleteByUserId(UUID userId);

    @Query("""
            select f.subject as subject, f.language as language, f.provider as provider,
                   sum(case when f.helpful = true then 1 else 0 end) as helpful,
                   sum(case when f.helpful = false then 1 else 0 end) as notHelpful
            from AnswerFeedback f
            group by f.subject, f.language, f.provider
            order by f.subject, f.language, f.provider""")
    List<Tally> tallies();

    interface Tally {
        String getSubject();

        String getLanguage();

        String getProvider();

        long getHelpful();

        long getNotHelpful();
    }
}
