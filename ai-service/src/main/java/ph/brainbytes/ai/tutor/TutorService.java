package ph.brainbytes.ai.tutor;

import io.micrometer.core.instrument.Timer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import ph.brainbytes.ai.classify.Greetings;
import ph.brainbytes.ai.classify.QuestionType;
import ph.brainbytes.ai.classify.SubjectClassifier;
import ph.brainbytes.ai.language.LanguageDetection;
import ph.brainbytes.ai.language.TutorLanguage;
import ph.brainbytes.ai.llm.LlmTutor;
import ph.brainbytes.ai.llm.TutorPrompt;
import ph.brainbytes.ai.math.MathSolution;
import ph.brainbytes.ai.math.MathSolver;
import ph.brainbytes.ai.retrieval.LessonHit;
import ph.brainbytes.ai.retrieval.LessonIndex;
import ph.brainbytes.ai.safety.SafetyScreen;
import ph.brainbytes.ai.text.TextNormalizer;
import ph.brainbytes.curriculum.Lesson;
import ph.brainbytes.curriculum.Subject;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The tutor pipeline: normalise, screen for safety, detect the language, then answer math with
 * the algebra system, greetings with a greeting, and everything else from the retrieved lessons,
 * through the language model when one is configured and answering, else the offline engine.
 */
@Service
class TutorService {

    private static final Logger log = LoggerFactory.getLogger(TutorService.class);

    /** Lessons a model is grounded in: enough for related ideas, few enough to keep the prompt short. */
    private static final int MODEL_LESSONS = 3;

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
    private final Optional<LlmTutor> model;
    private final AnswerCache cache;

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
            TutorProperties properties,
            Optional<LlmTutor> model,
            AnswerCache cache) {
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
        this.model = model;
        this.cache = cache;
    }

    TutorAnswer answer(TutorRequest request) {
        Timer.Sample sample = metrics.start();
        Plan plan = plan(request);
        TutorAnswer answer = model.filter(m -> plan.forModel())
                .flatMap(m -> m.answer(prompt(plan, request)).map(text -> plan.fromModel(text, m.provider())))
                .orElse(plan.offline());
        return finish(answer, sample);
    }

    /**
     * The answer in chunks, then whole. A model's failure before its first chunk streams the offline
     * answer instead; after it, only the offline answer as the final event.
     */
    Flux<TutorEvent> stream(TutorRequest request) {
        Timer.Sample arrived = metrics.start();
        return Mono.fromCallable(() -> new Start(arrived, plan(request), new AtomicBoolean()))
                // Retrieval and algebra are CPU work; keep them off the threads that write the stream.
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(start -> model.filter(m -> start.plan().forModel())
                        .map(m -> streamModel(m, start, request))
                        .orElseGet(
                                () -> timedFirst(offlineEvents(start.plan().offline()), OfflineTutor.PROVIDER, start))
                        .doOnNext(event -> {
                            if (event instanceof TutorEvent.Final last) {
                                finish(last.answer(), start.sample());
                            }
                        }));
    }

    private Flux<TutorEvent> streamModel(LlmTutor llm, Start start, TutorRequest request) {
        Plan plan = start.plan();
        StringBuilder text = new StringBuilder();
        return timedFirst(
                        llm.stream(prompt(plan, request)).doOnNext(text::append).<TutorEvent>map(TutorEvent.Delta::new),
                        llm.provider(),
                        start)
                .concatWith(
                        Mono.fromSupplier(() -> new TutorEvent.Final(plan.fromModel(text.toString(), llm.provider()))))
                .onErrorResume(failure -> text.isEmpty()
                        ? timedFirst(offlineEvents(plan.offline()), OfflineTutor.PROVIDER, start)
                        : Flux.just(new TutorEvent.Final(plan.offline())));
    }

    /**
     * Records the time to the first chunk of text, once per question, under the provider that wrote
     * it: the offline engine when a model failed before its first chunk.
     */
    private Flux<TutorEvent> timedFirst(Flux<TutorEvent> events, String provider, Start start) {
        return events.doOnNext(event -> {
            if (event instanceof TutorEvent.Delta && start.firstChunk().compareAndSet(false, true)) {
                metrics.firstToken(provider, start.sample());
            }
        });
    }

    /** Paragraph by paragraph, so the offline engine streams like a model does. */
    private static Flux<TutorEvent> offlineEvents(TutorAnswer answer) {
        return Flux.fromIterable(Arrays.asList(answer.text().split("(?<=\n\n)")))
                .<TutorEvent>map(TutorEvent.Delta::new)
                .concatWithValues(new TutorEvent.Final(answer));
    }

    private TutorAnswer finish(TutorAnswer answer, Timer.Sample sample) {
        metrics.answered(answer, sample);
        if (answer.questionType() == QuestionType.OTHER && answer.safety().category() == null) {
            metrics.lessonMissed(answer.subject());
        }
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

    private Plan plan(TutorRequest request) {
        String question = normalizer.normalize(request.question());
        TutorLanguage language = languages.detect(question, TutorLanguage.fromPreference(request.preferredLanguage()));
        TutorMode mode = request.effectiveMode();
        return safetyScreen
                .screen(question)
                .map(category -> Plan.offlineOnly(new TutorAnswer(
                        tutor.safety(category, language),
                        language,
                        Subject.GENERAL.slug(),
                        QuestionType.OTHER,
                        mode,
                        List.of(),
                        OfflineTutor.PROVIDER,
                        TutorAnswer.Safety.of(category))))
                .orElseGet(() -> RevealRequest.previousQuestion(question, request.history())
                        .map(previous -> teach(normalizer.normalize(previous), TutorMode.DIRECT, language, request))
                        .orElseGet(() -> teach(question, mode, language, request)));
    }

    private Plan teach(String question, TutorMode mode, TutorLanguage language, TutorRequest request) {
        if (model.isEmpty()) {
            AnswerCache.Key key = new AnswerCache.Key(question, language, mode, request.subject());
            return Plan.offlineOnly(cache.get(
                    key, () -> teachOffline(question, mode, language, request).offline()));
        }
        return teachOffline(question, mode, language, request);
    }

    /** The offline answer, and for knowledge questions the lessons a model may answer from instead. */
    private Plan teachOffline(String question, TutorMode mode, TutorLanguage language, TutorRequest request) {
        Optional<MathSolution> math = mathSolver.solve(question);
        if (math.isPresent()) {
            // The algebra system is exact; a model is never asked to do math.
            return Plan.offlineOnly(answer(
                    tutor.math(math.get(), mode, language),
                    language,
                    Subject.MATH,
                    typeOf(math.get()),
                    mode,
                    List.of()));
        }
        Optional<Subject> hint = Subject.fromSlug(request.subject());
        if (greetings.isGreeting(question)) {
            return Plan.offlineOnly(answer(
                    tutor.greeting(language),
                    language,
                    hint.orElse(Subject.GENERAL),
                    QuestionType.GREETING,
                    mode,
                    List.of()));
        }
        Subject subject = subjects.classify(question, hint);
        List<Lesson> found = lessons.search(question, subject, MODEL_LESSONS, properties.minLessonScore()).stream()
                .map(LessonHit::lesson)
                .toList();
        if (found.isEmpty()) {
            return new Plan(
                    answer(tutor.noLesson(language), language, subject, QuestionType.OTHER, mode, List.of()),
                    question,
                    found);
        }
        Lesson lesson = found.get(0);
        Subject answered = subject == Subject.GENERAL ? lesson.subject() : subject;
        return new Plan(
                answer(
                        tutor.concept(lesson, mode, language),
                        language,
                        answered,
                        QuestionType.CONCEPT,
                        mode,
                        citations(List.of(lesson), language)),
                question,
                found);
    }

    private static TutorPrompt prompt(Plan plan, TutorRequest request) {
        TutorAnswer offline = plan.offline();
        return new TutorPrompt(
                plan.question(),
                offline.language(),
                request.learner() == null ? null : request.learner().gradeLevel(),
                offline.mode() == TutorMode.SOCRATIC,
                plan.lessons(),
                request.history().stream()
                        .map(turn -> new TutorPrompt.Turn("student".equals(turn.role()), turn.text()))
                        .toList());
    }

    private static List<TutorAnswer.Citation> citations(List<Lesson> lessons, TutorLanguage language) {
        return lessons.stream()
                .map(l -> new TutorAnswer.Citation(l.id(), l.title().in(language.code()), l.competency()))
                .toList();
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
            case UNIT_PRICE, WORD_PROBLEM, PERCENT, MEASUREMENT, CONVERSION, AVERAGE, FARE, CHANGE, PROPORTION ->
                QuestionType.WORD_PROBLEM;
            default -> QuestionType.EQUATION;
        };
    }

    private record Start(Timer.Sample sample, Plan plan, AtomicBoolean firstChunk) {}

    /**
     * What the pipeline decided: the offline answer, and for questions a model may answer, the
     * normalised question (null otherwise) and the lessons to ground it in.
     */
    private record Plan(TutorAnswer offline, String question, List<Lesson> lessons) {

        static Plan offlineOnly(TutorAnswer answer) {
            return new Plan(answer, null, List.of());
        }

        boolean forModel() {
            return question != null;
        }

        /** The model's text with the offline answer's labels, citing every lesson it was given. */
        TutorAnswer fromModel(String text, String provider) {
            return new TutorAnswer(
                    text,
                    offline.language(),
                    offline.subject(),
                    offline.questionType(),
                    offline.mode(),
                    citations(lessons, offline.language()),
                    provider,
                    TutorAnswer.Safety.CLEAR);
        }
    }
}
