package ph.brainbytes.ai.retrieval;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A light Tagalog stemmer: peels the common verbal and nominal affixes so that "nabubuo", "buuin"
 * and "buo", or "kasaysayan" and "saysay", meet in the index. It strips at most one prefix, the
 * -um-/-in- infix, one suffix and a reduplicated first syllable, and never leaves a stem shorter
 * than four letters; questions and lessons go through the same filter, so a rough stem is enough.
 */
final class TagalogAffixFilter extends TokenFilter {

    private static final int MIN_STEM = 4;

    /** Longest first, so "pinag" wins over "pag" and "nakaka" over "naka". */
    private static final List<String> PREFIXES = List.of(
            "ipinag", "pinaka", "nakaka", "makaka", "pinag", "ipag", "naka", "maka", "pang", "nag", "mag", "pag", "ika",
            "pam", "pan", "ma", "na", "ka", "i");

    private static final List<String> SUFFIXES = List.of("han", "hin", "an", "in");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    TagalogAffixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String stemmed = stem(term.toString());
        term.setEmpty().append(stemmed);
        return true;
    }

    static String stem(String word) {
        String stem = withoutPrefix(word);
        stem = withoutInfix(stem);
        stem = withoutSuffix(stem);
        return withoutReduplication(stem);
    }

    private static String withoutPrefix(String word) {
        for (String prefix : PREFIXES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_STEM) {
                return word.substring(prefix.length());
            }
        }
        return word;
    }

    /** s-in-ulat → sulat, k-um-ain → kain. */
    private static String withoutInfix(String word) {
        boolean infixed = word.length() - 2 >= MIN_STEM
                && !isVowel(word.charAt(0))
                && (word.startsWith("um", 1) || word.startsWith("in", 1));
        return infixed ? word.charAt(0) + word.substring(3) : word;
    }

    private static String withoutSuffix(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /** bu-buo → buo, la-lakad → lakad. */
    private static String withoutReduplication(String word) {
        boolean doubled = word.length() - 2 >= 3
                && !isVowel(word.charAt(0))
                && isVowel(word.charAt(1))
                && word.startsWith(word.substring(0, 2), 2);
        return doubled ? word.substring(2) : word;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
