package ph.brainbytes.frontend.i18n;

import java.util.Locale;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Switches the UI language on {@code ?lang=}, but only ever to a language we have messages for. */
class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

    SupportedLocaleChangeInterceptor() {
        setParamName("lang");
    }

    @Override
    protected Locale parseLocaleValue(String localeValue) {
        return Languages.toLocale(localeValue);
    }
}
