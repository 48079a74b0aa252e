package ph.brainbytes.backend.materials;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ph.brainbytes.backend.privacy.PersonalData;

/**
 * The materials a person wrote or uploaded. Erasure keeps them for the learners who read them but forgets who the
 * author was; the text is the teacher's teaching material, not data about them.
 */
@Component
class MaterialData implements PersonalData {

    private final MaterialRepository materials;

    MaterialData(MaterialRepository materials) {
        this.materials = materials;
    }

    @Override
    public String section() {
        return "materials";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID userId) {
        List<MaterialViews.Summary> authored = materials.findByAuthorIdOrderByCreatedAtDesc(userId).stream()
                .map(MaterialViews.Summary::of)
                .toList();
        return new Export(authored);
    }

    @Override
    @Transactional
    public void erase(UUID userId) {
        materials.findByAuthorIdOrderByCreatedAtDesc(userId).forEach(Material::forgetAuthor);
    }

    record Export(List<MaterialViews.Summary> authored) {}
}
