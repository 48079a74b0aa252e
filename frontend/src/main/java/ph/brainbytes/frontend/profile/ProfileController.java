package ph.brainbytes.frontend.profile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ph.brainbytes.frontend.account.CurrentSession;
import ph.brainbytes.frontend.backend.AccountApi;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.Profile;
import ph.brainbytes.frontend.backend.ProfileApi;

/** The student's own profile: name, grade, region, language and tutor mode. */
@Controller
class ProfileController {

    static final String VIEW = "profile/profile";
    private static final Set<String> FIELDS =
            Set.of("displayName", "gradeLevel", "region", "preferredLanguage", "preferredMode");

    private final AccountApi accounts;
    private final ProfileApi profiles;
    private final CurrentSession session;

    ProfileController(AccountApi accounts, ProfileApi profiles, CurrentSession session) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.session = session;
    }

    @ModelAttribute("regions")
    List<String> regions() {
        return Regions.CODES;
    }

    @GetMapping("/profile")
    String show(Model model) {
        Profile profile = accounts.me();
        model.addAttribute("form", ProfileForm.of(profile));
        return page(profile, model);
    }

    @PostMapping("/profile")
    String save(
            @ModelAttribute("form") ProfileForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        List<String> invalid = form.invalidFields();
        if (!invalid.isEmpty()) {
            return showAgain(FormErrors.ofFields(invalid), model);
        }
        Profile saved;
        try {
            saved = profiles.update(form.toChange());
        } catch (BackendProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            Set<String> refused = new LinkedHashSet<>(e.fieldErrors().keySet());
            refused.retainAll(FIELDS);
            return showAgain(FormErrors.ofFields(refused), model);
        }
        session.profileChanged(saved, request, response);
        redirect.addFlashAttribute("notice", "profile.saved");
        return "redirect:/profile";
    }

    private String showAgain(FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        return page(accounts.me(), model);
    }

    private String page(Profile profile, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("hasAvatar", profiles.avatar().isPresent());
        return VIEW;
    }
}
