package ph.brainbytes.ai.language;

import java.util.Set;

/**
 * The words a Filipino question is framed with: particles, pronouns, question words and the verbs
 * of asking ("ano ang ... ba?", "pwede mo bang ipaliwanag ..."). They tell language detection
 * that a message is Filipino, and they tell retrieval nothing about its topic, so both use this
 * one list. "at" and "may" are left out: they are English words too.
 */
public final class FilipinoWords {

    public static final Set<String> QUESTION_FRAME = Set.of(
            "ang",
            "ng",
            "mga",
            "sa",
            "si",
            "ni",
            "kay",
            "ay",
            "na",
            "nang",
            "ano",
            "anong",
            "paano",
            "bakit",
            "saan",
            "sino",
            "kailan",
            "ba",
            "po",
            "ho",
            "ko",
            "mo",
            "niya",
            "namin",
            "natin",
            "ninyo",
            "nila",
            "ito",
            "iyan",
            "iyon",
            "yan",
            "yun",
            "yung",
            "ako",
            "ikaw",
            "siya",
            "kami",
            "tayo",
            "kayo",
            "sila",
            "hindi",
            "din",
            "rin",
            "lang",
            "naman",
            "kasi",
            "pero",
            "kung",
            "para",
            "mayroon",
            "pwede",
            "puwede",
            "gusto",
            "alam",
            "nga",
            "pa",
            "daw",
            "raw",
            "sagot",
            "tanong",
            "ipaliwanag");

    private FilipinoWords() {}
}
