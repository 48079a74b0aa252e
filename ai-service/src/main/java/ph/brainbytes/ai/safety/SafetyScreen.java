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
                    "end (my (own )?life|it all)",
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
                    "walang saysay (ang )?buhay"),
            rule(
                    SafetyCategory.ABUSE,
                    "(abus(ed|ing|es)|hits|hurts|touch(es|ed)) me",
                    "being abused",
                    "molest\\w*",
                    "rap(ed|ing) me",
                    "sinasaktan (niya |nila )?ako",
                    "binubugbog",
                    "inaabuso",
                    "minolestiya",
                    "hinihipuan",
                    "ginahasa"),
            rule(
                    SafetyCategory.RULE_OVERRIDE,
                    "ignore (all |any |your |the )?(previous |prior |above )?(instructions|rules|prompts?)",
                    "system prompt",
                    "you are now (a|an|my|no longer)",
                    "developer mode",
                    "jailbreak",
                    "pretend (that )?you (are|have) no (rules|limits)",
                    "(kalimutan|balewalain) (mo )?(ang |yung )?(lahat ng )?(mga )?(utos|patakaran|rules|instructions)",
                    "huwag mong sundin (ang |yung )?(mga )?(utos|patakaran|rules)"),
            rule(
                    SafetyCategory.GRADED_WORK,
                    "(take|answer|do|finish|complete) (my|our|this) (graded |final |online )?(exam|test|quiz)",
                    "(answers?|answer key) (to|for) (the|my|our|this) (exam|test|quiz)",
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
