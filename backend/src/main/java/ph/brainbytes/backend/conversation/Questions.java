package ph.brainbytes.backend.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import ph.brainbytes.backend.audit.AuditLog;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.tutor.Tutor;
import ph.brainbytes.backend.tutor.TutorRequest;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.common.problem.ApiException;

/**
 * Asking the tutor. The question is committed before the tutor is called and no transaction is
 * held open during the call, so a slow or failed tutor never loses a question or blocks the pool.
 */
@Service
class Questions {

    private static final Logger log = LoggerFactory.getLogger(Questions.class);

    private final Conversations conversations;
    private final ConversationRepository conversationRepository;
    private final MessageRepository messages;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final QuestionAdmission admission;
    private final LearningMetrics metrics;
    private final Tutor tutor;
    private final MessageSource texts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AuditLog audit;

    Questions(
            Conversations conversations,
            ConversationRepository conversationRepository,
            MessageRepository messages,
            IdempotencyKeyRepository idempotencyKeys,
            QuestionAdmission admission,
            LearningMetrics metrics,
            Tutor tutor,
            MessageSource texts,
            TransactionTemplate transaction,
            Clock clock,
            AuditLog audit) {
        this.conversations = conversations;
        this.conversationRepository = conversationRepository;
        this.messages = messages;
        this.idempotencyKeys = idempotencyKeys;
        this.admission = admission;
        this.metrics = metrics;
        this.tutor = tutor;
        this.texts = texts;
        this.transaction = transaction;
        this.clock = clock;
        this.audit = audit;
    }

    Views.Exchange ask(UUID userId, UUID conversationId, String text, String mode, String idempotencyKey) {
        Conversation conversation = conversations.owned(userId, conversationId);
        if (idempotencyKey != null) {
            Optional<IdempotencyKey> earlier = idempotencyKeys.findByUserIdAndKey(userId, idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), conversationId);
            }
        }
        // Refused questions are never stored, so the quota is spent before anything is written.
        QuestionAdmission.Admitted admitted = admission.admit(userId, mode);
        Message question;
        try {
            question = transaction.execute(status -> storeQuestion(userId, conversationId, text, idempotencyKey));
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            if (idempotencyKey == null) {
                throw sameKeyAtOnce;
            }
            return idempotencyKeys
                    .findByUserIdAndKey(userId, idempotencyKey)
                    .map(earlier -> replay(earlier, conversationId))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
        log.info("question stored conversation={}", conversationId);
        metrics.questionAsked(userId);

        User learner = admitted.learner();
        AnswerContent content = tutor.ask(request(question, conversation, admitted.mode(), learner))
                .map(AnswerContent::from)
                .orElseGet(() -> unavailable(conversation, admitted.mode(), learner));
        Message answer = transaction.execute(status -> storeAnswer(userId, conversationId, content, idempotencyKey));
        log.info("answer stored provider={} language={}", answer.getProvider(), answer.getLanguage());
        metrics.questionAnswered(learner, answer.getSubject(), answer.getLanguage());
        return Views.Exchange.of(question, answer);
    }

    /** Stores the question of a streamed exchange; the answer follows with {@link #answer}. */
    Pending store(UUID userId, UUID conversationId, String text, String mode) {
        Conversation conversation = conversations.owned(userId, conversationId);
        QuestionAdmission.Admitted admitted = admission.admit(userId, mode);
        Message question = transaction.execute(status -> storeQuestion(userId, conversationId, text, null));
        log.info("question stored conversation={} streamed=true", conversationId);
        metrics.questionAsked(userId);
        return new Pending(userId, conversation, question, admitted.mode(), admitted.learner());
    }

    /**
     * Streams the tutor's answer to a stored question through {@code onDelta}, then stores it, or the
     * stand-in when the tutor failed at any point.
     */
    Views.Exchange answer(Pending pending, Consumer<String> onDelta) {
        Conversation conversation = pending.conversation();
        AnswerContent content = tutor.stream(
                        request(pending.question(), conversation, pending.mode(), pending.learner()), onDelta)
                .map(AnswerContent::from)
                .orElseGet(() -> unavailable(conversation, pending.mode(), pending.learner()));
        Message answer =
                transaction.execute(status -> storeAnswer(pending.userId(), conversation.getId(), content, null));
        log.info("answer stored provider={} language={} streamed=true", answer.getProvider(), answer.getLanguage());
        metrics.questionAnswered(pending.learner(), answer.getSubject(), answer.getLanguage());
        return Views.Exchange.of(pending.question(), answer);
    }

    private Message storeQuestion(UUID userId, UUID conversationId, String text, String idempotencyKey) {
        Instant now = Conversations.now(clock);
        Conversation conversation =
                conversationRepository.findById(conversationId).orElseThrow();
        conversation.recordQuestion(text, now);
        Message question = messages.save(Message.question(conversationId, text, now));
        if (idempotencyKey != null) {
            idempotencyKeys.saveAndFlush(
                    new IdempotencyKey(userId, idempotencyKey, conversationId, question.getId(), now));
        }
        return question;
    }

    private Message storeAnswer(UUID userId, UUID conversationId, AnswerContent content, String idempotencyKey) {
        Instant now = Conversations.now(clock);
        Message answer = messages.save(Message.answer(conversationId, content, now));
        if (content.safetyFlagged()) {
            // Teachers and admins must be able to find the students the tutor was worried about.
            audit.record(AuditType.SAFETY_FLAGGED, null, userId, content.safetyCategory());
        }
        conversationRepository.findById(conversationId).ifPresent(c -> c.recordAnswer(now));
        if (idempotencyKey != null) {
            idempotencyKeys.findByUserIdAndKey(userId, idempotencyKey).ifPresent(key -> key.answeredBy(answer.getId()));
        }
        return answer;
    }

    private TutorRequest request(Message question, Conversation conversation, String mode, User learner) {
        List<Message> newestFirst = messages.latestTurns(
                conversation.getId(), question.getCreatedAt(), question.getId(), Limit.of(TutorHistory.TURNS));
        return new TutorRequest(
                question.getText(),
                mode,
                conversation.getSubject(),
                TutorHistory.fromNewestFirst(newestFirst),
                new TutorRequest.Learner(learner.getGradeLevel(), learner.getPreferredLanguage()));
    }

    /** The stand-in answer, in the language the student chose, when the tutor cannot answer. */
    private AnswerContent unavailable(Conversation conversation, String mode, User learner) {
        String language = learner.getPreferredLanguage();
        String text = texts.getMessage("tutor.unavailable", null, Locale.forLanguageTag(language));
        return new AnswerContent(
                text,
                language,
                conversation.getSubject() == null ? "general" : conversation.getSubject(),
                "other",
                mode == null ? "direct" : mode,
                List.of(),
                Message.UNAVAILABLE,
                false,
                null);
    }

    private Views.Exchange replay(IdempotencyKey earlier, UUID conversationId) {
        if (!earlier.getConversationId().equals(conversationId)) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
                    "This Idempotency-Key was already used for another conversation.");
        }
        if (earlier.getAnswerId() == null) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "request-in-progress",
                    "This question is still being answered. Try again in a moment.");
        }
        return Views.Exchange.of(
                messages.findById(earlier.getQuestionId()).orElseThrow(),
                messages.findById(earlier.getAnswerId()).orElseThrow());
    }

    /** A stored question whose answer is still to be streamed. */
    record Pending(UUID userId, Conversation conversation, Message question, String mode, User learner) {}
}
