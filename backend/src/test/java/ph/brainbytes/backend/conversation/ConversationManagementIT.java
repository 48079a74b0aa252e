package ph.brainbytes.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import ph.brainbytes.backend.FeatureIntegrationTest;
import tools.jackson.databind.JsonNode;

class ConversationManagementIT extends FeatureIntegrationTest {

    @Test
    void searchFindsTitlesAndMessageTextInFilipinoWhateverTheCase() {
        String token = account("STUDENT").token();
        String bayani = api.post("/api/v1/conversations", token, Map.of("title", "Mga Bayani ng Pilipinas"))
                .getBody()
                .path("id")
                .asString();
        String pagbasa = newConversation(token);
        api.post("/api/v1/conversations/" + pagbasa + "/messages", token, Map.of("text", "Paano isulat ang SEÑORITA?"));
        String percent = api.post("/api/v1/conversations", token, Map.of("title", "Diskwento na 50% sa ulam"))
                .getBody()
                .path("id")
                .asString();

        assertThat(ids("bayani", token)).containsExactly(bayani);
        assertThat(ids("señorita", token)).as("message text, ñ in either case").containsExactly(pagbasa);
        assertThat(ids("50%", token)).as("% is a character, not a wildcard").containsExactly(percent);
        assertThat(ids("_", token)).as("_ is a character, not a wildcard").isEmpty();
        assertThat(ids("' or 1=1 --", token)).isEmpty();
        assertThat(ids("", token)).containsExactlyInAnyOrder(bayani, pagbasa, percent);
        assertThat(ids("bayani", account("STUDENT").token()))
                .as("nobody else's conversations")
                .isEmpty();
    }

    @Test
    void searchResultsAreStillPagedByCursor() {
        String token = account("STUDENT").token();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < Conversations.PAGE_SIZE + 3; i++) {
            created.add(api.post("/api/v1/conversations", token, Map.of("title", "Fractions " + i))
                    .getBody()
                    .path("id")
                    .asString());
        }
        api.post("/api/v1/conversations", token, Map.of("title", "Decimals"));
        JsonNode first = api.get("/api/v1/conversations?q=fraction", token).getBody();
        assertThat(first.path("items").size()).isEqualTo(Conversations.PAGE_SIZE);
        JsonNode second = api.get(
                        "/api/v1/conversations?q=fraction&cursor="
                                + first.path("nextCursor").asString(),
                        token)
                .getBody();
        assertThat(second.path("items").size()).isEqualTo(3);
        assertThat(second.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void theOwnerRenamesAndDeletesAndMessagesGoWithTheConversation() {
        String token = account("STUDENT").token();
        String stranger = account("STUDENT").token();
        String id = newConversation(token);
        String messages = "/api/v1/conversations/" + id + "/messages";
        api.post(messages, token, Map.of("text", "Solve 2x + 3 = 7"));

        assertThat(api.patch("/api/v1/conversations/" + id, stranger, Map.of("title", "Mine now"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode renamed = api.patch("/api/v1/conversations/" + id, token, Map.of("title", "  Linear equations  "))
                .getBody();
        assertThat(renamed.path("title").asString()).isEqualTo("Linear equations");
        assertThat(api.patch("/api/v1/conversations/" + id, token, Map.of("title", " "))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(api.delete("/api/v1/conversations/" + id, stranger).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedQuestions(id)).isEqualTo(1);
        assertThat(api.delete("/api/v1/conversations/" + id, token).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from messages where conversation_id = ?", Integer.class, UUID.fromString(id)))
                .isZero();
        assertThat(api.get(messages, token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theTutorGetsTheLatestTurnsNotTheFirstOnes() {
        String token = account("STUDENT").token();
        String messages = "/api/v1/conversations/" + newConversation(token) + "/messages";
        int asked = TutorHistory.TURNS;
        for (int i = 1; i <= asked; i++) {
            api.post(messages, token, Map.of("text", "Question " + i));
        }
        api.post(messages, token, Map.of("text", "The last question"));

        JsonNode history = AI.requests().get(AI.requests().size() - 1).path("history");
        assertThat(history.size()).isEqualTo(TutorHistory.TURNS);
        List<String> texts = new ArrayList<>();
        history.forEach(turn -> texts.add(turn.path("text").asString()));
        int firstSent = asked - TutorHistory.TURNS / 2 + 1;
        assertThat(texts.get(0)).isEqualTo("Question " + firstSent);
        assertThat(texts.get(texts.size() - 2)).isEqualTo("Question " + asked);
        assertThat(texts).doesNotContain("Question 1");
    }

    private List<String> ids(String query, String token) {
        JsonNode items =
                api.get("/api/v1/conversations", token, "q", query).getBody().path("items");
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
