package ph.brainbytes.frontend.materials;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.MaterialApi;
import ph.brainbytes.frontend.backend.MaterialDetail;
import ph.brainbytes.frontend.backend.MaterialFile;
import ph.brainbytes.frontend.backend.MaterialPage;
import ph.brainbytes.frontend.markdown.SafeMarkdown;

/**
 * Browsing and reading: teachers' materials and the curriculum's lessons for everyone signed in. The
 * list is a plain GET form, so filters, search and paging work without JavaScript.
 */
@Controller
class MaterialsController {

    private final MaterialApi materials;

    MaterialsController(MaterialApi materials) {
        this.materials = materials;
    }

    @GetMapping("/materials")
    String list(
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String competency,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor,
            Authentication user,
            Locale locale,
            Model model) {
        ListFilter filter = ListFilter.of(subject, grade, competency, q);
        model.addAttribute("filter", filter);
        model.addAttribute("subjects", Catalog.SUBJECTS);
        model.addAttribute("grades", Catalog.GRADES);
        model.addAttribute("staff", Staff.isStaff(user));
        try {
            MaterialPage page = materials.list(filter.query(cursor), Catalog.language(locale));
            model.addAttribute(
                    "items", page.items().stream().map(MaterialItem::of).toList());
            model.addAttribute("nextPage", page.nextCursor() == null ? null : filter.pageAfter(page.nextCursor()));
        } catch (BackendProblemException refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            // a competency that is not a DepEd code, or a stale cursor: say so instead of listing
            model.addAttribute("items", List.of());
            model.addAttribute(
                    "filterError",
                    refused.fieldErrors().containsKey("competency")
                            ? "materials.filter.invalid-competency"
                            : "materials.filter.invalid");
        }
        return "materials/list";
    }

    /** The address citations link to; the service worker keeps what was opened here for offline reading. */
    @GetMapping("/lessons/{id}")
    String lesson(@PathVariable String id, Authentication user, Locale locale, Model model) {
        return show(MaterialPaths.LESSON_PREFIX + id, user, locale, model);
    }

    @GetMapping("/materials/{id}")
    String material(@PathVariable String id, Authentication user, Locale locale, Model model) {
        if (id.startsWith(MaterialPaths.LESSON_PREFIX)) {
            return "redirect:" + MaterialPaths.of(id);
        }
        return show(id, user, locale, model);
    }

    /** Always an attachment with the detected type and nosniff, so an upload never renders as a page here. */
    @GetMapping("/materials/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        MaterialFile file = materials.file(id);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header("X-Content-Type-Options", "nosniff");
        if (file.contentDisposition() != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition());
        }
        return response.body(file.bytes());
    }

    private String show(String id, Authentication user, Locale locale, Model model) {
        MaterialDetail material = materials.find(id, Catalog.language(locale));
        model.addAttribute("material", material);
        model.addAttribute("bodyHtml", material.isMarkdown() ? SafeMarkdown.toSafeSectionHtml(material.body()) : null);
        model.addAttribute("mayChange", Staff.mayChange(user, material));
        model.addAttribute("path", MaterialPaths.encode(material.id()));
        return "materials/detail";
    }
}
