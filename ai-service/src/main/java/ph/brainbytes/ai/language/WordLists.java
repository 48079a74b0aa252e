package ph.brainbytes.ai.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.HashSet;
import java.util.Set;

/** Short, frequent words whose language is certain, where per-word statistics are weakest. */
final class WordLists {

    private static final Set<String> ENGLISH = Set.of(
            "a",
            "an",
            "the",
            "is",
            "are",
            "was",
            "were",
            "be",
            "am",
            "i",
            "you",
            "he",
            "she",
            "it",
            "we",
            "they",
            "me",
            "my",
            "your",
            "our",
            "their",
            "what",
            "why",
            "how",
            "when",
            "where",
            "who",
            "which",
            "do",
            "does",
            "did",
            "can",
            "could",
            "would",
            "should",
            "will",
            "of",
            "to",
            "in",
            "on",
            "for",
            "with",
            "and",
            "or",
            "but",
            "not",
            "this",
            "that",
            "these",
            "those",
            "please",
            "help",
            "explain",
            "solve",
            "find",
            "about",
            "from",
            "by",
            "if",
            "then",
            "there",
            "here",
            "so",
            "very",
            "really",
            "just",
            "know",
            "understand",
            "hi",
            "hello",
            "thanks",
            "thank",
            "much",
            "many",
            "cost",
            "costs",
            "each",
            "per",
            "all",
            "total",
            "first",
            "after",
            "every",
            "off");

    /**
     * Names, units and the math terms Filipino classes use untranslated ("ang area ng tatsulok"):
     * they say nothing about the language.
     */
    private static final Set<String> NEUTRAL = Set.of(
            "noli",
            "tangere",
            "filibusterismo",
            "florante",
            "adarna",
            "edsa",
            "kilo",
            "kilos",
            "km",
            "cm",
            "kg",
            "area",
            "base",
            "perimeter",
            "volume",
            "interest");

    private static final Set<String> TAGALOG = union(
            FilipinoWords.QUESTION_FRAME,
            Set.of(
                    "ilan",
                    "magkano",
                    "iyong",
                    "akin",
                    "oo",
                    "opo",
                    "lamang",
                    "wala",
                    "paki",
                    "pakisagot",
                    "pakipaliwanag",
                    "salamat",
                    "kumusta",
                    "kamusta",
                    "magandang",
                    "umaga",
                    "hapon",
                    "gabi",
                    "isang",
                    "dalawang",
                    "tatlong",
                    "bawat",
                    "lahat",
                    "ilang",
                    "dito",
                    "diyan",
                    "doon",
                    "kanina",
                    "ngayon",
                    "bukas",
                    "talaga",
                    "sobra",
                    "hirap",
                    "madali",
                    "mahirap",
                    "lutasin",
                    "hanapin",
                    "piso"));

    private WordLists() {}

    /** The language of a listed word, or {@code null} when the word is not listed. */
    static Language languageOf(String word) {
        if (NEUTRAL.contains(word)) {
            return Language.UNKNOWN;
        }
        if (TAGALOG.contains(word)) {
            return Language.TAGALOG;
        }
        return ENGLISH.contains(word) ? Language.ENGLISH : null;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
