package ph.brainbytes.frontend.classes;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ClassroomApi;
import ph.brainbytes.frontend.backend.TeacherClass;

/** A teacher's classes: the list, a new class, and one class's code, members, settings and safety flags. */
@Controller
@RequestMapping("/classes")
class TeacherClassController {

    static final List<String> SUBJECTS = List.of("math", "science", "english", "filipino", "social-studies", "general");

    private static final String LIST = "classes/list";
    private static final String DETAIL = "classes/detail";

    private final ClassroomApi classrooms;

    TeacherClassController(ClassroomApi classrooms) {
        this.classrooms = classrooms;
    }

    @ModelAttribute("subjects")
    List<String> subjects() {
        return SUBJECTS;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", ClassForm.empty());
        return showList(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ClassForm form, Model model) {
        List<String> invalid = form.invalidFields();
        if (!invalid.isEmpty()) {
            model.addAttribute("errors", FormErrors.ofFields(invalid, "classes.invalid"));
            return showList(model);
        }
        try {
            TeacherClass created = classrooms.create(form.trimmedName(), form.subjectOrNull(), form.grade());
            return "redirect:/classes/" + created.id();
        } catch (BackendProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            model.addAttribute("errors", FormErrors.of(e, "classes.invalid", ClassForm.FIELDS));
            return showList(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        TeacherClass managed = classrooms.managed(id);
        model.addAttribute("settings", SettingsForm.of(managed));
        return showDetail(managed, model);
    }

    /** Posted to the page's own address, so a page shown again with errors can still switch language. */
    @PostMapping("/{id}")
    String configure(
            @PathVariable String id,
            @ModelAttribute("settings") SettingsForm form,
            Model model,
            RedirectAttributes redirect) {
        List<String> invalid = form.invalidFields();
        if (!invalid.isEmpty()) {
            model.addAttribute("errors", FormErrors.ofFields(invalid, "classes.settings.invalid"));
            return showDetail(classrooms.managed(id), model);
        }
        try {
            classrooms.configure(id, form.toSettings());
        } catch (BackendProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            model.addAttribute("errors", FormErrors.of(e, "classes.settings.invalid", SettingsForm.FIELDS));
            return showDetail(classrooms.managed(id), model);
        }
        redirect.addFlashAttribute("notice", "classes.settings.saved");
        return "redirect:/classes/" + id;
    }

    /** The old code stops working at once, so the teacher ticks a box to say they mean it. */
    @PostMapping("/{id}/join-code")
    String regenerateCode(
            @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        if (!confirm) {
            redirect.addFlashAttribute("codeError", "classes.code.confirm-needed");
            return "redirect:/classes/" + id + "#join-code-section";
        }
        classrooms.regenerateCode(id);
        redirect.addFlashAttribute("notice", "classes.code.regenerated");
        return "redirect:/classes/" + id;
    }

    private String showList(Model model) {
        model.addAttribute("classes", classrooms.classes());
        return LIST;
    }

    private String showDetail(TeacherClass managed, Model model) {
        model.addAttribute("schoolClass", managed);
        model.addAttribute("members", classrooms.members(managed.id()));
        model.addAttribute("flags", classrooms.flags(managed.id()));
        return DETAIL;
    }
}
