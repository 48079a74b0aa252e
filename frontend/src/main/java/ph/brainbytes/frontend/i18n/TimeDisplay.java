package ph.brainbytes.frontend.i18n;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Shows backend timestamps (UTC) in the students' time zone and language; used as {@code @times} in templates. */
@Component("times")
class TimeDisplay {

    private final ZoneId zone;

    TimeDisplay(@Value("${brainbytes.web.time-zone}") ZoneId zone) {
        this.zone = zone;
    }

    public String format(OffsetDateTime time, Locale locale) {
        if (time == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(time);
    }
}
