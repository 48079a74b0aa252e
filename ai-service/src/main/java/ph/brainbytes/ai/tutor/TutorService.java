package ph.brainbytes.ai.tutor;

import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import ph.brainbytes.ai.classify.Greetings;
import ph.brainbytes.ai.classify.QuestionType;
import ph.brainbytes.ai.classify.SubjectClassifier;
import ph.brainbytes.ai.language.LanguageDetection;
import ph.brainbytes.ai.language.TutorLanguage;
import ph.brainbytes.ai.math.MathSolution;
import ph.brainbytes.ai.math.MathSolver;
import ph.brainbytes.ai.retrieval.LessonHit;
import ph.brainbytes.ai.retrieval.LessonIndex;
import ph.brainbytes.ai.safety.SafetyScreen;
import ph.brainbytes.ai.text.TextNormalizer;
import ph.brainbytes.curriculum.Lesson;
import ph.brainbytes.curriculum.Subject;

/**
 * The tutor pipeline: normalise, screen for safety, detect the language, then answer math with
 * the algebra system, greetings with a greeting, and everything else from the retrieved lesson.
 */
@Service
class TutorService {

    private static final Logger log = LoggerFactory.getLogger(TutorService.class);

    private final TextNormalizer normalizer;
    private final SafetyScreen safetyScreen;
    private final LanguageDetection languages;
    private final SubjectClassifier subjects;
    private final Greetings greetings;
    private final MathSolver mathSolver;
    private final LessonIndex lessons;
    private final OfflineTutor tutor;
    private final TutorMetrics metrics;
    private final TutorProperties properties;

    TutorService(
            TextNormalizer normalizer,
            SafetyScreen safetyScreen,
            LanguageDetection languages,
            SubjectClassifier subjects,
            Greetings greetings,
            MathSolver mathSolver,
            LessonIndex lessons,
            OfflineTutor tutor,
            TutorMetrics metrics,
            TutorProperties properties) {
        this.normalizer = normalizer;
        this.safetyScreen = safetyScreen;
        this.languages = languages;
        this.subjects = subjects;
        this.greetings = greetings;
        this.mathSolver = mathSolver;
        this.lessons = lessons;
        this.tutor = tutor;
        this.metrics = metrics;
        this.properties = properties;
    }

    TutorAnswer answer(TutorRequest request) {
        Timer.Sample sample = metrics.start();
        String question = normalizer.normalize(request.question());
        TutorLanguage language = languages.detect(question, TutorLanguage.fromPreference(request.preferredLanguage()));
        TutorMode mode = request.effectiveMode();
        TutorAnswer answer = safetyScreen
                .screen(question)
                .map(category -> new TutorAnswer(
                        tutor.safety(category, language),
                        language,
                        Subject.GENERAL.slug(),
                        QuestionType.OTHER,
                        mode,
                        List.of(),
                        OfflineTutor.PROVIDER,
                        TutorAnswer.Safety.of(category)))
                .orElseGet(() -> RevealRequest.previousQuestion(question, request.history())
                        .map(previous -> teach(normalizer.normalize(previous), TutorMode.DIRECT, language, request))
                        .orElseGet(() -> teach(question, mode, language, request)));
        metrics.answered(answer, sample);
        // Never the question itself: it may hold personal details.
        log.info(
                "answered question language={} subject={} type={} mode={} provider={} safety={}",
                answer.language().code(),
                answer.subject(),
                answer.questionType().code(),
                answer.mode().code(),
                answer.provider(),
                answer.safety().category() == null
                        ? "clear"
                        : answer.safety().category().code());
        return answer;
    }

    private TutorAnswer teach(String question, TutorMode mode, TutorLanguage language, TutorRequest request) {
        Optional<MathSolution> math = mathSolver.solve(question);
        if (math.isPresent()) {
            return answer(
                    tutor.math(math.get(), mode, language),
                    language,
                    Subject.MATH,
                    typeOf(math.get()),
                    mode,
                    List.of());
        }
        Optional<Subject> hint = Subject.fromSlug(request.subject());
        if (greetings.isGreeting(question)) {
            return answer(
                    tutor.greeting(language),
                    language,
                    hint.orElse(Subject.GENERAL),
                    QuestionType.GREETING,
                    mode,
                    List.of());
        }
        Subject subject = subjects.classify(question, hint);
        List<LessonHit> hits = lessons.search(question, subject, 1, properties.minLessonScore());
        Optional<Lesson> lesson = hits.stream().map(LessonHit::lesson).findFirst();
        Subject answered =
                subject == Subject.GENERAL ? lesson.map(Lesson::subject).orElse(subject) : subject;
        QuestionType type = lesson.isPresent() ? QuestionType.CONCEPT : QuestionType.OTHER;
        List<TutorAnswer.Citation> citations = lesson.map(
                        l -> List.of(new TutorAnswer.Citation(l.id(), l.title().in(language.code()), l.competency())))
                .orElse(List.of());
        if (lesson.isEmpty()) {
            metrics.lessonMissed(subject.slug());
            return answer(tutor.noLesson(language), language, subject, type, mode, citations);
        }
        return answer(tutor.concept(lesson.get(), mode, language), language, answered, type, mode, citations);
    }

    private static TutorAnswer answer(
            String text,
            TutorLanguage language,
            Subject subject,
            QuestionType type,
            TutorMode mode,
            List<TutorAnswer.Citation> citations) {
        return new TutorAnswer(
                text, language, subject.slug(), type, mode, citations, OfflineTutor.PROVIDER, TutorAnswer.Safety.CLEAR);
    }

    private static QuestionType typeOf(MathSolution solution) {
        return switch (solution.kind()) {
            case ARITHMETIC -> QuestionType.ARITHMETIC;
            case UNIT_PRICE, WORD_PROBLEM -> QuestionType.WORD_PROBLEM;
            default -> QuestionType.EQUATION;
        };
    }
}
