package ph.brainbytes.ai.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;
import ph.brainbytes.curriculum.Curriculum;
import ph.brainbytes.curriculum.Lesson;
import ph.brainbytes.curriculum.Subject;

/**
 * The curriculum in an in-memory Lucene index, searched with BM25. Each lesson is indexed twice,
 * with English analysis (stemming, English stop words) and with Filipino analysis, so a question in
 * either language, or in Taglish, finds it. Titles and keywords count more than the body.
 */
@Component
public final class LessonIndex {

    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            "title_en",
            3f,
            "title_fil",
            3f,
            "keywords",
            2.5f,
            "summary_en",
            1.5f,
            "summary_fil",
            1.5f,
            "body_en",
            1f,
            "body_fil",
            1f);

    private static final List<String> PHRASE_FIELDS = List.of("summary_en", "summary_fil", "body_en", "body_fil");
    private static final int PHRASE_SLOP = 2;
    private static final float PHRASE_BOOST = 2f;

    /** A lesson must contain at least half of what the question is about to be cited. */
    private static final double MIN_COVERAGE = 0.5;

    private static final int CANDIDATES_PER_HIT = 5;

    /** How questions are asked, not what they are about; Lucene's stop words leave these in. */
    private static final Set<String> QUESTION_WORDS = Set.of(
            "what",
            "which",
            "who",
            "how",
            "why",
            "when",
            "where",
            "between",
            "difference",
            "different",
            "do",
            "does",
            "did",
            "can",
            "could",
            "would",
            "should",
            "explain",
            "describe",
            "define",
            "meaning",
            "mean",
            "give",
            "example",
            "examples",
            "tell",
            "me",
            "about",
            "please",
            "pls",
            "happen",
            "happened",
            "your",
            "my",
            "i",
            "you",
            "we",
            "ano",
            "paano",
            "pano",
            "bakit",
            "sino",
            "kailan",
            "saan",
            "ipaliwanag",
            "pagkakaiba",
            "halimbawa",
            "ibig",
            "sabihin",
            "po",
            "ba",
            "naman",
            "pa",
            "ung",
            "yung",
            "nangyari",
            "mga");

    private final Curriculum curriculum;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    /** Every analysed term of each lesson, by lesson id, to measure how much of a question it covers. */
    private final Map<String, Set<String>> vocabularies = new HashMap<>();

    public LessonIndex(Curriculum curriculum) {
        this.curriculum = curriculum;
        this.analyzer = analyzer();
        this.searcher = new IndexSearcher(build(curriculum.lessons()));
        for (Lesson lesson : curriculum.lessons()) {
            Set<String> vocabulary = new HashSet<>();
            for (IndexableField field : document(lesson).getFields()) {
                if (field.stringValue() != null && FIELD_BOOSTS.containsKey(field.name())) {
                    vocabulary.addAll(terms(field.name(), field.stringValue()));
                }
            }
            vocabularies.put(lesson.id(), Set.copyOf(vocabulary));
        }
    }

    /**
     * The lessons that best match the question, best first, keeping only those scoring at least
     * {@code minScore}. A lesson of the question's subject gets a small lift.
     */
    public List<LessonHit> search(String question, Subject subject, int limit, float minScore) {
        Query query = query(question, subject);
        if (query == null) {
            return List.of();
        }
        List<WordForms> words = contentWords(question);
        try {
            List<LessonHit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query, Math.max(limit * CANDIDATES_PER_HIT, 10)).scoreDocs) {
                String id = searcher.storedFields().document(doc.doc).get("id");
                if (doc.score >= minScore && hits.size() < limit && coverage(words, id) >= MIN_COVERAGE) {
                    curriculum.lesson(id).ifPresent(lesson -> hits.add(new LessonHit(lesson, doc.score)));
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory lesson index", e);
        }
    }

    /** A word of the question as each analysis sees it; a stop word in either has no forms. */
    private record WordForms(String english, String filipino) {}

    /** The words both analyses keep: what the question is about, in whichever language it is. */
    private List<WordForms> contentWords(String question) {
        List<WordForms> words = new ArrayList<>();
        for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (QUESTION_WORDS.contains(word)) {
                continue;
            }
            Set<String> english = terms("body_en", word);
            Set<String> filipino = terms("body_fil", word);
            if (!english.isEmpty() && !filipino.isEmpty()) {
                words.add(new WordForms(
                        english.iterator().next(), filipino.iterator().next()));
            }
        }
        return words;
    }

    /**
     * The share of the question's content words found in the lesson. A lesson that shares one word
     * with "what is your favourite food?" is not about the question.
     */
    private double coverage(List<WordForms> words, String lessonId) {
        if (words.isEmpty()) {
            return 1;
        }
        Set<String> vocabulary = vocabularies.getOrDefault(lessonId, Set.of());
        long covered = words.stream()
                .filter(w -> vocabulary.contains(w.english()) || vocabulary.contains(w.filipino()))
                .count();
        return (double) covered / words.size();
    }

    private Query query(String question, Subject subject) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean anyTerm = false;
        for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
            for (String term : terms(field.getKey(), question)) {
                Query termQuery = new TermQuery(new Term(field.getKey(), term));
                builder.add(new BoostQuery(termQuery, field.getValue()), BooleanClause.Occur.SHOULD);
                anyTerm = true;
            }
        }
        if (!anyTerm) {
            return null;
        }
        for (String field : PHRASE_FIELDS) {
            phrase(field, question)
                    .ifPresent(phrase -> builder.add(new BoostQuery(phrase, PHRASE_BOOST), BooleanClause.Occur.SHOULD));
        }
        if (subject != Subject.GENERAL) {
            Query sameSubject = new TermQuery(new Term("subject", subject.slug()));
            builder.add(new BoostQuery(sameSubject, 0.5f), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    /**
     * The question's words near each other in the lesson ("plants make their own food"), which
     * single terms cannot tell from a lesson that merely shares them.
     */
    private Optional<Query> phrase(String field, String text) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
        int terms = 0;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                phrase.add(new Term(field, term.toString()), position);
                terms++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a question held in memory", e);
        }
        return terms >= 2 ? Optional.of(phrase.build()) : Optional.empty();
    }

    private Set<String> terms(String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a question held in memory", e);
        }
        return terms;
    }

    private DirectoryReader build(List<Lesson> lessons) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Lesson lesson : lessons) {
                writer.addDocument(document(lesson));
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory lesson index", e);
        }
    }

    private static Document document(Lesson lesson) {
        Document doc = new Document();
        doc.add(new StringField("id", lesson.id(), Field.Store.YES));
        doc.add(new StringField("subject", lesson.subject().slug(), Field.Store.NO));
        doc.add(new TextField("title_en", lesson.title().en(), Field.Store.NO));
        doc.add(new TextField("title_fil", lesson.title().fil(), Field.Store.NO));
        doc.add(new TextField("summary_en", lesson.summary().en(), Field.Store.NO));
        doc.add(new TextField("summary_fil", lesson.summary().fil(), Field.Store.NO));
        doc.add(new TextField("body_en", lesson.body().en(), Field.Store.NO));
        doc.add(new TextField("body_fil", lesson.body().fil(), Field.Store.NO));
        doc.add(new TextField("keywords", String.join(" ", lesson.keywords()), Field.Store.NO));
        return doc;
    }

    private static Analyzer analyzer() {
        Analyzer english = new EnglishAnalyzer();
        Analyzer filipino = new FilipinoAnalyzer();
        return new PerFieldAnalyzerWrapper(
                filipino, Map.of("title_en", english, "summary_en", english, "body_en", english));
    }
}
