package ph.brainbytes.ai.classify;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Recognises a message that only says hello or thanks, so the tutor greets back instead of searching. */
@Component
public class Greetings {

    private static final Pattern GREETING =
            Pattern.compile("^(?:(?:hi|hello|hey|helo|good (?:morning|afternoon|evening|day)|kumusta|kamusta|musta|"
                    + "magandang (?:umaga|tanghali|hapon|gabi)|thanks|thank you|salamat|maraming salamat)"
                    + "(?:\\s+(?:po|ho|tutor|brainbytes|there|sir|ma'am|maam|teacher|titser|a lot|so much|ulit|again"
                    + "|sa inyo|sa iyo|everyone|po sa inyo))*"
                    + "[\\s!.,?]*)+$");

    public boolean isGreeting(String normalizedText) {
        return GREETING.matcher(normalizedText.toLowerCase(Locale.ROOT)).matches();
    }
}
