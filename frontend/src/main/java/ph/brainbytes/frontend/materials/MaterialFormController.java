package ph.brainbytes.frontend.materials;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.MaterialApi;
import ph.brainbytes.frontend.backend.MaterialDetail;

/**
 * Teachers and admins write a material in Markdown or upload a PDF, DOCX or text file, change it and
 * remove it. SecurityConfig lets only them reach these addresses; the backend decides whose material
 * each may change.
 */
@Controller
class MaterialFormController {

    private static final String FORM = "materials/form";
    private static final String FORM_ATTRIBUTE = "form";

    private final MaterialApi materials;

    MaterialFormController(MaterialApi materials) {
        this.materials = materials;
    }

    @GetMapping("/materials/new")
    String newMaterial(
            @RequestParam(name = "too-large", required = false) String tooLarge, Locale locale, Model model) {
        model.addAttribute(FORM_ATTRIBUTE, MaterialForm.empty(Catalog.language(locale)));
        if (tooLarge != null) {
            model.addAttribute("errors", MaterialErrors.fileTooLarge());
        }
        return showForm(model, null);
    }

    /** One form: a chosen file is uploaded and its text extracted; without one, the Markdown is the material. */
    @PostMapping("/materials")
    String create(
            @ModelAttribute(FORM_ATTRIBUTE) MaterialForm form,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model)
            throws IOException {
        boolean upload = file != null && !file.isEmpty();
        Set<String> invalid = form.invalidFields(!upload);
        if (upload && form.markdown() != null && !form.markdown().isBlank()) {
            invalid.add("file-and-markdown");
        }
        if (!invalid.isEmpty()) {
            model.addAttribute("errors", MaterialErrors.ofFields(invalid));
            return showForm(model, null);
        }
        try {
            MaterialDetail created = upload
                    ? materials.upload(form.toDraft(false), file.getOriginalFilename(), file.getBytes())
                    : materials.write(form.toDraft(true));
            return "redirect:" + MaterialPaths.of(created.id());
        } catch (BackendProblemException refused) {
            model.addAttribute("errors", errorsOf(refused));
            return showForm(model, null);
        }
    }

    @GetMapping("/materials/{id}/edit")
    String edit(@PathVariable String id, Locale locale, Model model) {
        MaterialDetail material = materials.find(id, Catalog.language(locale));
        model.addAttribute(FORM_ATTRIBUTE, MaterialForm.of(material));
        return showForm(model, material);
    }

    @PostMapping("/materials/{id}/edit")
    String change(
            @PathVariable String id, @ModelAttribute(FORM_ATTRIBUTE) MaterialForm form, Locale locale, Model model) {
        MaterialDetail material = materials.find(id, Catalog.language(locale));
        Set<String> invalid = form.invalidFields(material.isMarkdown());
        if (!invalid.isEmpty()) {
            model.addAttribute("errors", MaterialErrors.ofFields(invalid));
            return showForm(model, material);
        }
        try {
            materials.edit(id, form.toChanges(material.isMarkdown()));
            return "redirect:" + MaterialPaths.of(id);
        } catch (BackendProblemException refused) {
            model.addAttribute("errors", errorsOf(refused));
            return showForm(model, material);
        }
    }

    @GetMapping("/materials/{id}/delete")
    String confirmDelete(@PathVariable String id, Locale locale, Model model) {
        model.addAttribute("material", materials.find(id, Catalog.language(locale)));
        return "materials/delete";
    }

    @PostMapping("/materials/{id}/delete")
    String delete(@PathVariable String id) {
        materials.delete(id);
        return "redirect:/materials?deleted";
    }

    /** Not found and not allowed stay the not-found page; everything else is shown on the form. */
    private static MaterialErrors errorsOf(BackendProblemException refused) {
        if (refused.status() == 404 || refused.status() == 403) {
            throw refused;
        }
        return MaterialErrors.of(refused);
    }

    private static String showForm(Model model, MaterialDetail editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("subjects", Catalog.SUBJECTS);
        model.addAttribute("grades", Catalog.GRADES);
        model.addAttribute("languages", Catalog.LANGUAGES);
        return FORM;
    }
}
