package ph.brainbytes.frontend.classes;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ClassroomApi;
import ph.brainbytes.frontend.backend.JoinedClass;

/** A student's classes: join one with the code the teacher gave, see the ones joined, leave one. */
@Controller
@RequestMapping("/my-classes")
class StudentClassController {

    private static final String VIEW = "classes/joined";
    private static final int MAX_CODE = 20;

    private final ClassroomApi classrooms;

    StudentClassController(ClassroomApi classrooms) {
        this.classrooms = classrooms;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("code", "");
        return show(model);
    }

    /** Posted to the page's own address, so a page shown again with errors can still switch language. */
    @PostMapping
    String join(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        String typed = code.strip();
        if (typed.isEmpty() || typed.length() > MAX_CODE) {
            return refused(typed, "classes.join.invalid", model);
        }
        try {
            JoinedClass joined = classrooms.join(typed);
            redirect.addFlashAttribute("joinedName", joined.name());
            return "redirect:/my-classes";
        } catch (BackendProblemException e) {
            if (e.status() == 404) {
                return refused(typed, "classes.join.unknown", model);
            }
            if (e.status() == 400) {
                return refused(typed, "classes.join.invalid", model);
            }
            throw e;
        }
    }

    @PostMapping("/{id}/leave")
    String leave(@PathVariable String id, RedirectAttributes redirect) {
        classrooms.leave(id);
        redirect.addFlashAttribute("notice", "classes.left");
        return "redirect:/my-classes";
    }

    private String refused(String typed, String key, Model model) {
        model.addAttribute("code", typed);
        model.addAttribute("errors", new FormErrors(key, Map.of("code", key)));
        return show(model);
    }

    private String show(Model model) {
        model.addAttribute("classes", classrooms.joined());
        return VIEW;
    }
}
