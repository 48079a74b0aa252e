package ph.brainbytes.frontend.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import ph.brainbytes.frontend.backend.AccountApi;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.i18n.Languages;

/** Sign-up: registers at the backend, then signs the new student in and opens the chat (a teacher: their classes). */
@Controller
class SignupController {

    private static final String VIEW = "account/signup";

    private final AccountApi accounts;
    private final SignIn signIn;
    private final ZoneId zone;

    SignupController(AccountApi accounts, SignIn signIn, @Value("${brainbytes.web.time-zone}") ZoneId zone) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.zone = zone;
    }

    /** The year the guardian rule is counted from, shown in the page's hint too. */
    @ModelAttribute("guardianSinceYear")
    int guardianSinceYear() {
        return Year.now(zone).getValue() - SignupForm.ADULT_AGE + 1;
    }

    @GetMapping("/signup")
    String form(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        if (user != null) {
            return "redirect:/chat";
        }
        String language = Languages.FILIPINO.equals(locale) ? "fil" : "en";
        model.addAttribute("form", SignupForm.empty(language));
        return VIEW;
    }

    @PostMapping("/signup")
    String register(
            @ModelAttribute("form") SignupForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        int currentYear = Year.now(zone).getValue();
        // a value that does not convert (a birth year in words) is a binding error and null in the form
        Set<String> invalid = new LinkedHashSet<>();
        binding.getFieldErrors().stream().map(FieldError::getField).forEach(invalid::add);
        invalid.addAll(form.invalidFields(currentYear));
        if (!invalid.isEmpty()) {
            return showAgain(form, SignupErrors.ofFields(invalid), model);
        }
        try {
            accounts.register(form.toRegistration(currentYear));
        } catch (BackendProblemException e) {
            return showAgain(form, SignupErrors.of(e), model);
        }
        try {
            signIn.signIn(form.email().trim(), form.password(), request, response);
        } catch (AuthenticationException e) {
            // the account exists; let the user try the ordinary log-in
            return "redirect:/login?error=" + LoginError.of(e).code();
        }
        // an invite code made the account a teacher's, whose work starts at their classes
        return form.hasInviteCode() ? "redirect:/classes" : "redirect:/chat";
    }

    private static String showAgain(SignupForm form, SignupErrors errors, Model model) {
        model.addAttribute("form", form.withoutPassword());
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
