package ph.brainbytes.ai.classify;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import ph.brainbytes.curriculum.Subject;

/**
 * Picks the subject from the words of a question, in English and Filipino. The subject with the
 * most cue words wins; with none, the conversation's subject (a hint from the backend) applies.
 */
@Component
public class SubjectClassifier {

    private static final Map<Subject, Pattern> CUES = Map.of(
            Subject.MATH,
            cues(
                    "math",
                    "mathematics",
                    "matematika",
                    "equation",
                    "solve",
                    "lutasin",
                    "fraction\\w*",
                    "praksyon",
                    "percent\\w*",
                    "porsiyento",
                    "bahagdan",
                    "add",
                    "subtract",
                    "multiply",
                    "divide",
                    "sum",
                    "product",
                    "quotient",
                    "algebra",
                    "geometry",
                    "angle",
                    "area",
                    "perimeter",
                    "triangle",
                    "tatsulok",
                    "square root",
                    "quadratic",
                    "numerator",
                    "denominator",
                    "magkano",
                    "ilan",
                    "how much",
                    "how many",
                    "kabuuan",
                    "\\d+ ?[-+*/^=] ?\\d*"),
            Subject.SCIENCE,
            cues(
                    "science",
                    "agham",
                    "photosynthesis",
                    "potosintesis",
                    "plant\\w*",
                    "halaman",
                    "cell\\w*",
                    "selula",
                    "energy",
                    "enerhiya",
                    "water cycle",
                    "siklo ng tubig",
                    "evaporation",
                    "matter",
                    "solid",
                    "liquid",
                    "gas",
                    "atom\\w*",
                    "molecule\\w*",
                    "gravity",
                    "force",
                    "planet\\w*",
                    "animal\\w*",
                    "hayop",
                    "ecosystem",
                    "weather",
                    "panahon",
                    "typhoon",
                    "bagyo",
                    "volcano\\w*",
                    "bulkan",
                    "earthquake",
                    "lindol",
                    "chlorophyll",
                    "oxygen",
                    "carbon dioxide",
                    "kondensasyon",
                    "ebaporasyon",
                    "ulan",
                    "rain"),
            Subject.ENGLISH,
            cues(
                    "english",
                    "ingles",
                    "grammar",
                    "verb\\w*",
                    "noun\\w*",
                    "adjective\\w*",
                    "adverb\\w*",
                    "pronoun\\w*",
                    "tense",
                    "subject-verb",
                    "sentence",
                    "paragraph",
                    "spelling",
                    "synonym\\w*",
                    "antonym\\w*",
                    "vocabulary"),
            Subject.FILIPINO,
            cues(
                    "filipino subject",
                    "wikang filipino",
                    "pangngalan",
                    "pandiwa",
                    "pang-uri",
                    "pang-abay",
                    "panghalip",
                    "pantangi",
                    "pambalana",
                    "simuno",
                    "panaguri",
                    "salitang-ugat",
                    "panlapi",
                    "balarila",
                    "tula",
                    "saknong",
                    "pantig",
                    "tayutay",
                    "kuwentong bayan",
                    "alamat",
                    "bugtong"),
            Subject.SOCIAL_STUDIES,
            cues(
                    "history",
                    "kasaysayan",
                    "araling panlipunan",
                    "heograpiya",
                    "geography",
                    "rizal",
                    "bonifacio",
                    "aguinaldo",
                    "katipunan",
                    "revolution",
                    "himagsikan",
                    "rebolusyon",
                    "independence",
                    "kalayaan",
                    "kasarinlan",
                    "government",
                    "pamahalaan",
                    "president\\w*",
                    "pangulo",
                    "constitution",
                    "saligang batas",
                    "luzon",
                    "visayas",
                    "mindanao",
                    "archipelago",
                    "kapuluan",
                    "spanish",
                    "kastila",
                    "espanya",
                    "map",
                    "mapa",
                    "province\\w*",
                    "lalawigan",
                    "culture",
                    "kultura"));

    /** The subject the question's words point to, or the hint, or {@link Subject#GENERAL}. */
    public Subject classify(String normalizedText, Optional<Subject> hint) {
        String text = normalizedText.toLowerCase(Locale.ROOT);
        Map.Entry<Subject, Long> best = CUES.entrySet().stream()
                .map(e -> Map.entry(
                        e.getKey(), e.getValue().matcher(text).results().count()))
                .max(Comparator.comparingLong(Map.Entry<Subject, Long>::getValue)
                        .thenComparing(e -> hint.filter(e.getKey()::equals).isPresent()))
                .orElseThrow();
        if (best.getValue() > 0) {
            return best.getKey();
        }
        return hint.orElse(Subject.GENERAL);
    }

    private static Pattern cues(String... words) {
        List<String> alternatives = Arrays.asList(words);
        return Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")\\b");
    }
}
