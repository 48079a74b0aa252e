package ph.brainbytes.backend.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ph.brainbytes.backend.Actors;
import ph.brainbytes.backend.PostgresIntegrationTest;
import tools.jackson.databind.JsonNode;

class RegionsIT extends PostgresIntegrationTest {

    private static final String REGIONS = "/api/v1/regions";

    @Test
    void anyoneGetsTheSeventeenRegionsInBothLanguagesAndMayCacheThem() {
        ResponseEntity<JsonNode> anonymous = api.get(REGIONS, null);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getHeaders().getCacheControl()).contains("max-age=86400");
        JsonNode items = anonymous.getBody().path("items");
        assertThat(items).hasSize(17);
        assertThat(items.get(0).path("code").asString()).isEqualTo("NCR");
        assertThat(items.get(0).path("nameEn").asString()).isEqualTo("National Capital Region");
        assertThat(items.get(0).path("nameFil").asString()).isEqualTo("Pambansang Punong Rehiyon");
        assertThat(items.get(16).path("code").asString()).isEqualTo("BARMM");
        for (JsonNode region : items) {
            assertThat(Region.valueOf(region.path("code").asString())).isNotNull();
            assertThat(region.path("nameEn").asString()).isNotBlank();
            assertThat(region.path("nameFil").asString()).isNotBlank();
        }
    }

    @Test
    void signedInActorsGetTheSameList() {
        for (String role : new String[] {"STUDENT", "TEACHER", "ADMIN"}) {
            Actors.Actor actor = Actors.signUp(api, jdbc, role);
            ResponseEntity<JsonNode> answer = api.get(REGIONS, actor.accessToken());
            assertThat(answer.getStatusCode()).as(role).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody().path("items")).hasSize(17);
        }
    }

    @Test
    void theOpenApiDocumentDescribesItWithoutASecurityRequirement() {
        ResponseEntity<JsonNode> docs = api.get("/api/docs/openapi.json", null);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode paths = docs.getBody().path("paths");
        assertThat(paths.propertyNames()).as(docs.getBody().toString()).contains(REGIONS);
        JsonNode get = paths.path(REGIONS).path("get");

        assertThat(get.path("security").isArray()).isTrue();
        assertThat(get.path("security")).isEmpty();
    }
}
