package ph.brainbytes.frontend.classes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ClassMember;
import ph.brainbytes.frontend.backend.ClassroomApi;

/** A teacher takes a student out of a class after confirming on a page of its own, so it works without JavaScript. */
@Controller
@RequestMapping("/classes/{id}/members/{studentId}/remove")
class MemberRemovalController {

    private final ClassroomApi classrooms;

    MemberRemovalController(ClassroomApi classrooms) {
        this.classrooms = classrooms;
    }

    @GetMapping
    String confirm(@PathVariable String id, @PathVariable String studentId, Model model) {
        model.addAttribute("schoolClass", classrooms.managed(id));
        ClassMember member = classrooms.members(id).stream()
                .filter(m -> m.userId().equals(studentId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("member", member);
        return "classes/remove-member";
    }

    /** A second submit finds the student already gone: the outcome the teacher asked for, so it is not an error. */
    @PostMapping
    String remove(@PathVariable String id, @PathVariable String studentId, RedirectAttributes redirect) {
        try {
            classrooms.removeMember(id, studentId);
        } catch (BackendProblemException e) {
            if (!"class-member-not-found".equals(e.slug())) {
                throw e;
            }
        }
        redirect.addFlashAttribute("notice", "classes.members.removed");
        return "redirect:/classes/" + id + "#members-section";
    }
}
