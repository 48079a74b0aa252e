package ph.brainbytes.frontend.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;
import ph.brainbytes.frontend.i18n.Languages;

/** After sign-in, the UI speaks the user's preferred language unless they already picked one here. */
@Component
class LanguagePreference {

    private final LocaleResolver localeResolver;

    LanguagePreference(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    void apply(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        if (user.preferredLanguage() != null && WebUtils.getCookie(request, Languages.COOKIE) == null) {
            localeResolver.setLocale(request, response, Languages.toLocale(user.preferredLanguage()));
        }
    }
}
