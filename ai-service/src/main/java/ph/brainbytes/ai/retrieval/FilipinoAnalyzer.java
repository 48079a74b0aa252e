package ph.brainbytes.ai.retrieval;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import ph.brainbytes.ai.language.FilipinoWords;

/**
 * Lucene ships no Filipino analyser. This one lowercases, folds accents (kasaysayan / kasaysáyan)
 * drops the function words that carry no topic, so "Ano ang potosintesis?" searches for
 * "potosintesis" alone, and peels Tagalog affixes ({@link TagalogAffixFilter}).
 */
final class FilipinoAnalyzer extends Analyzer {

    /** Besides the question frame: the words of "what does it mean", and two English shares. */
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(
            stopWords(List.of("at", "may", "paliwanag", "tungkol", "ibig", "sabihin", "kahulugan")));

    /** Taglish questions mix in English function words, which carry no topic either. */
    private static CharArraySet stopWords(List<String> filipino) {
        CharArraySet words = new CharArraySet(FilipinoWords.QUESTION_FRAME, true);
        words.addAll(filipino);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return words;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new TagalogAffixFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
