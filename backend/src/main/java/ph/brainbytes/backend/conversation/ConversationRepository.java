package ph.brainbytes.backend.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, UUID> {

    Optional<Conversation> findByIdAndUserId(UUID id, UUID userId);

    /**
     * Newest activity first; {@code pattern} is a lower-case LIKE pattern escaped with '\' that the title or any
     * message's text must contain.
     */
    @Query("""
            select c from Conversation c
            where c.userId = :userId and (""" + MATCHES + """
            ) order by c.updatedAt desc, c.id desc""")
    List<Conversation> firstPage(UUID userId, String pattern, Limit limit);

    /** The page after the conversation last seen at ({@code updatedAt}, {@code id}). */
    @Query("""
            select c from Conversation c
            where c.userId = :userId and (""" + MATCHES + """
            ) and (c.updatedAt < :updatedAt or (c.updatedAt = :updatedAt and c.id < :id))
            order by c.updatedAt desc, c.id desc""")
    List<Conversation> pageAfter(UUID userId, String pattern, Instant updatedAt, UUID id, Limit limit);

    String MATCHES = """
            lower(coalesce(c.title, '')) like :pattern escape '\\'
            or exists (select 1 from Message m where m.conversationId = c.id
                       and lower(m.text) like :pattern escape '\\')""";
}
