package ph.brainbytes.backend.conversation;

import java.time.Instant;
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
}
