package ph.brainbytes.ai.safety;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Looks for a learner in danger and for attempts to misuse the tutor, in English, Filipino and
 * Taglish. It runs before anything else, so a learner in crisis never gets a math lesson instead.
 */
@Component
public class SafetyScreen {

    private record Rule(SafetyCategory category, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            rule(
                    SafetyCategory.SELF_HARM,
                    "suicid\\w*",
                    "kill(ing)? myself",
                    "end(ing)? (my (own )?life|it all)",
                    "take my (own )?life",
                    "i (really )?(want to|wanna) die",
                    "don'?t want to (live|be alive)",
                    "no reason to live",
                    "(hurt|cut|harm)(ing)? myself",
                    "self[- ]?harm",
                    "magpakamatay",
                    "nagpapakamatay",
                    "pakamatay",
                    "patayin (ko )?(ang )?sarili",
                    "gusto (ko )?(na |nang |ng )?mamatay",
                    "ayoko (na|nang) mabuhay",
                    "(saktan|sinasaktan) (ko )?(ang )?sarili",
                    "maglaslas",
                    "naglalaslas",
                    "wala(ng| nang) saysay (ang )?(buhay|mabuhay)",
                    "gusto ko na lang (mawala|maglaho|matulog nang habambuhay)",
                    "wala (na|nang) (point|silbi|dahilan) (para )?(mabuhay|to live)"),
            rule(
                    SafetyCategory.ABUSE,
                    "(abus(ed|ing|es)|hits|hurts|touch(es|ed)) me",
                    "being abused",
                    "molest\\w*",
                    "rap(ed|ing) me",
                    "sinasaktan (niya |nila )?ako",
                    "(ako|akong) (sinasaktan|binubugbog|inaabuso|hinihipuan|ginagahasa)",
                    "binubugbog",
                    "inaabuso",
                    "minolestiya",
                    "hinihipuan",
                    "ginahasa"),
            rule(
                    SafetyCategory.RULE_OVERRIDE,
                    "ignore (all |any |your |the )?(previous |prior |above )?(instructions|rules|prompts?)",
                    "ignore (mo )?(na )?(lang )?(ang |ung |yung )?(mga )?(rules|instructions|utos|patakaran)",
                    "forget (all |your |the )?(previous |prior )?(instructions|rules)",
                    "(reveal|show|print|ipakita|i-reveal|pa-reveal|sabihin)\\b.{0,30}\\b(prompt|hidden instructions|lihim (mong |na )?(mga )?utos)",
                    "(have|with) no rules",
                    "system prompt",
                    "you are now (a|an|my|no longer|dan)",
                    "developer mode",
                    "jailbreak",
                    "pretend (that )?you (are|have) no (rules|limits)",
                    "(kalimutan|balewalain) (mo )?(ang |yung )?(lahat ng )?(mga )?(utos|patakaran|rules|instructions)",
                    "huwag mong sundin (ang |yung )?(mga )?(utos|patakaran|rules)"),
            rule(
                    SafetyCategory.GRADED_WORK,
                    "(take|answer|do|finish|complete) (my|our|this) (graded |final |online )?(exam|test|quiz)",
                    "(answers?|answer key) (to|for) (the|my|our|this) (\\w+ )?(exam|test|quiz)",
                    // Help with homework is tutoring; doing work that will be handed in for a grade is not.
                    "(write|do|finish|answer) (my|our) (graded |\\w+ )?(essay|exam|test|quiz)",
                    "(submit|hand in|pass) (it|this|them) for (a )?grade",
                    "(gawin|isulat|sagutan|sagutin|gawan) mo (na )?(lang )?(po )?(ang |ung |yung )?(aking |ko |mga )?(\\w+ )?(essay|sanaysay|exam|pagsusulit|quiz|test)",
                    "(i-take|take) mo (po )?(ang |ung |yung )?(online )?(exam|quiz|test)",
                    "pa-?(answer|sagot)\\w* (naman )?(po )?(ng |ang |ung |yung )?(\\w+ )?(exam|quiz|test|pagsusulit)",
                    "(ipapasa|ipasa) (ko )?(para )?(sa )?(grado|grade)",
                    "(during|in the middle of) (the |my )?(exam|test|quiz)",
                    "sagut(an|in) mo (ang |yung )?(aming |ang aking |aking )?(exam|pagsusulit|quiz|test)",
                    "(sagot|answer key) sa (exam|pagsusulit|quiz|test)",
                    "habang (nag-?|nage)?(e-?exam|pagsusulit|quiz)"));

    /** The most urgent reason to step in, or empty when the question can go to the tutor. */
    public Optional<SafetyCategory> screen(String normalizedText) {
        String text = normalizedText.toLowerCase(Locale.ROOT);
        return RULES.stream()
                .filter(rule -> rule.pattern().matcher(text).find())
                .map(Rule::category)
                .findFirst();
    }

    private static Rule rule(SafetyCategory category, String... alternatives) {
        return new Rule(category, Pattern.compile("\\b(" + String.join("|", alternatives) + ")\\b"));
    }
}
