package ph.brainbytes.backend.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ph.brainbytes.backend.FeatureIntegrationTest;
import ph.brainbytes.backend.privacy.PersonalData;

/** A teacher's erasure keeps their materials for learners but forgets who wrote them. */
class MaterialDataIT extends FeatureIntegrationTest {

    @Autowired
    private List<PersonalData> personalData;

    @Test
    void exportListsAuthoredMaterialsAndErasureAnonymisesThem() {
        Account teacher = account("TEACHER");
        Map<String, Object> body =
                Map.of("title", "Mga hugis", "subject", "math", "grade", 3, "language", "fil", "markdown", "# Bilog");
        String id = api.post("/api/v1/materials", teacher.token(), body)
                .getBody()
                .path("id")
                .asString();
        PersonalData materials = personalData.stream()
                .filter(data -> data.section().equals("materials"))
                .findFirst()
                .orElseThrow();

        MaterialData.Export export = (MaterialData.Export) materials.export(teacher.id());
        assertThat(export.authored()).extracting(MaterialViews.Summary::id).containsExactly(id);

        materials.erase(teacher.id());

        assertThat(jdbc.queryForObject("select author_id from materials where id = ?", UUID.class, UUID.fromString(id)))
                .isNull();
        assertThat(((MaterialData.Export) materials.export(teacher.id())).authored())
                .isEmpty();
        var kept =
                api.get("/api/v1/materials/" + id, account("STUDENT").token()).getBody();
        assertThat(kept.path("body").asString()).isEqualTo("# Bilog");
        assertThat(kept.path("authorId").isNull()).isTrue();
    }
}
