package ph.brainbytes.backend.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.privacy.PersonalData;

/**
 * A student's conversations with every message. Read and deleted with plain SQL over the feature's own tables so
 * the export stays one query per table however many conversations there are; messages and idempotency keys go with
 * their conversation (ON DELETE CASCADE).
 */
@Component
class ConversationPersonalData implements PersonalData {

    private final JdbcClient sql;

    ConversationPersonalData(JdbcClient sql) {
        this.sql = sql;
    }

    @Override
    public String section() {
        return "conversations";
    }

    @Override
    public List<ExportedConversation> export(UUID userId) {
        List<ExportedMessage> messages = sql.sql("""
                        select m.conversation_id, m.role, m.content, m.created_at, m.language, m.subject,
                               m.safety_flagged, m.safety_category
                        from messages m join conversations c on c.id = m.conversation_id
                        where c.user_id = ? order by m.created_at, m.id""")
                .param(userId)
                .query((row, n) -> new ExportedMessage(
                        row.getObject("conversation_id", UUID.class),
                        row.getString("role"),
                        row.getString("content"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getString("language"),
                        row.getString("subject"),
                        (Boolean) row.getObject("safety_flagged"),
                        row.getString("safety_category")))
                .list();
        return sql.sql("""
                        select id, subject, title, created_at, updated_at from conversations
                        where user_id = ? order by created_at, id""")
                .param(userId)
                .query((row, n) -> {
                    UUID id = row.getObject("id", UUID.class);
                    return new ExportedConversation(
                            id,
                            row.getString("subject"),
                            row.getString("title"),
                            row.getTimestamp("created_at").toInstant(),
                            row.getTimestamp("updated_at").toInstant(),
                            messages.stream()
                                    .filter(message -> message.conversationId().equals(id))
                                    .toList());
                })
                .list();
    }

    @Override
    public void erase(UUID userId) {
        sql.sql("delete from conversations where user_id = ?").param(userId).update();
    }

    record ExportedConversation(
            UUID id,
            String subject,
            String title,
            Instant createdAt,
            Instant updatedAt,
            List<ExportedMessage> messages) {}

    record ExportedMessage(
            UUID conversationId,
            String role,
            String text,
            Instant createdAt,
            String language,
            String subject,
            Boolean safetyFlagged,
            String safetyCategory) {}
}
