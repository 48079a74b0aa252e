package ph.brainbytes.ai.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Tells English, Filipino and Taglish apart. Lingua, restricted to English and Tagalog, judges each
 * word; short function words, which statistics get wrong, come from word lists. A message is
 * Taglish when the minority language has at least two words and 15 % of the judged words, so a
 * Filipino sentence with one borrowed term ("Ano ang photosynthesis?") stays Filipino.
 */
@Component
public class LanguageDetection {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['-]\\p{L}+)*");
    private static final double MIN_MARGIN = 0.08;
    private static final double MIN_MINORITY_SHARE = 0.15;
    private static final int MIN_MINORITY_WORDS = 2;

    // Tagalog affixes written with a hyphen before a root: "i-solve", "mag-review", "mag-aral".
    private static final Set<String> TAGALOG_PREFIXES =
            Set.of("i", "mag", "nag", "pag", "ma", "na", "pa", "maka", "naka", "ipa", "pina", "um", "ni");

    private final LanguageDetector detector;

    public LanguageDetection() {
        this.detector = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, Language.TAGALOG)
                .withPreloadedLanguageModels()
                .build();
    }

    /** The language of {@code text}; {@code fallback} when it has no word either language claims. */
    public TutorLanguage detect(String text, TutorLanguage fallback) {
        int english = 0;
        int tagalog = 0;
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            Language language = judge(words.group());
            if (language == Language.ENGLISH) {
                english++;
            } else if (language == Language.TAGALOG) {
                tagalog++;
            }
        }
        int judged = english + tagalog;
        if (judged == 0) {
            return fallback;
        }
        int minority = Math.min(english, tagalog);
        if (minority >= MIN_MINORITY_WORDS && minority >= MIN_MINORITY_SHARE * judged) {
            return TutorLanguage.TAGLISH;
        }
        if (english == tagalog) {
            return detector.detectLanguageOf(text) == Language.TAGALOG ? TutorLanguage.FIL : TutorLanguage.EN;
        }
        return tagalog > english ? TutorLanguage.FIL : TutorLanguage.EN;
    }

    private Language judge(String word) {
        Language listed = WordLists.languageOf(word);
        if (listed != null) {
            return listed;
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && TAGALOG_PREFIXES.contains(word.substring(0, hyphen))) {
            // The root decides: "i-solve" borrows an English word, "mag-aral" is Tagalog throughout.
            return judge(word.substring(hyphen + 1));
        }
        if (word.length() < 3) {
            return Language.UNKNOWN;
        }
        Map<Language, Double> confidence = detector.computeLanguageConfidenceValues(word);
        double en = confidence.getOrDefault(Language.ENGLISH, 0.0);
        double tl = confidence.getOrDefault(Language.TAGALOG, 0.0);
        if (Math.abs(en - tl) < MIN_MARGIN) {
            return Language.UNKNOWN;
        }
        return en > tl ? Language.ENGLISH : Language.TAGALOG;
    }
}
