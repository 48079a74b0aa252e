package ph.brainbytes.ai.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
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
public class LessonIndex {

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

    private final Curriculum curriculum;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;

    public LessonIndex(Curriculum curriculum) {
        this.curriculum = curriculum;
        this.analyzer = analyzer();
        this.searcher = new IndexSearcher(build(curriculum.lessons()));
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
        try {
            List<LessonHit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query, limit).scoreDocs) {
                String id = searcher.storedFields().document(doc.doc).get("id");
                if (doc.score >= minScore) {
                    curriculum.lesson(id).ifPresent(lesson -> hits.add(new LessonHit(lesson, doc.score)));
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory lesson index", e);
        }
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
        if (subject != Subject.GENERAL) {
            Query sameSubject = new TermQuery(new Term("subject", subject.slug()));
            builder.add(new BoostQuery(sameSubject, 0.5f), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
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
