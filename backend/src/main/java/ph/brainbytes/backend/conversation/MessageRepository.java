package ph.brainbytes.backend.conversation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, UUID> {

    /** Oldest first; a question and its answer stored in the same instant still read in order. */
    List<Message> findByConversationIdOrderByCreatedAtAscRoleAsc(UUID conversationId);

    /**
     * The newest turns up to {@code before}, newest first, leaving out {@code exclude} (the question
     * being asked) and stand-in answers, which say nothing about the subject.
     */
    @Query("""
            select m from Message m
            where m.conversationId = :conversationId and m.createdAt <= :before and m.id <> :exclude
              and (m.provider is null or m.provider <> 'unavailable')
            order by m.createdAt desc, m.role desc""")
    List<Message> latestTurns(UUID conversationId, Instant before, UUID exclude, Limit limit);

    /** Per learner: the time of their latest question, how many they asked since {@code since}, and in all. */
    @Query("""
            select c.userId as learnerId, max(m.createdAt) as lastQuestionAt, count(m) as questionsTotal,
                   sum(case when m.createdAt >= :since then 1 else 0 end) as questionsSince
            from Message m join Conversation c on c.id = m.conversationId
            where m.role = 'student' and c.userId in :learners
            group by c.userId""")
    List<QuestionCounts> questionCounts(Collection<UUID> learners, Instant since);

    /** Answers the tutor flagged for a human to look at, newest first. */
    @Query("""
            select m from Message m
            where m.safetyFlagged = true
              and m.conversationId in (select c.id from Conversation c where c.userId in :learners)
            order by m.createdAt desc""")
    List<Message> flaggedAnswers(Collection<UUID> learners, Limit limit);

    interface QuestionCounts {
        UUID getLearnerId();

        Instant getLastQuestionAt();

        long getQuestionsTotal();

        long getQuestionsSince();
    }
}
