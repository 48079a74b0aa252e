package ph.brainbytes.frontend.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class UploadLimitAdviceTest {

    private final UploadLimitAdvice advice = new UploadLimitAdvice();

    @Test
    void anAvatarTooLargeGoesBackToTheProfileWithItsMessage() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        String view = advice.tooLarge(post("/profile/avatar"), redirect);

        assertThat(view).isEqualTo("redirect:/profile");
        assertThat(redirect.getFlashAttributes().get("avatarError")).isEqualTo("profile.avatar.too-large");
    }

    @Test
    void aMaterialTooLargeGoesBackToTheNewMaterialForm() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        assertThat(advice.tooLarge(post("/materials"), redirect)).isEqualTo("redirect:/materials/new?too-large");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    private static MockHttpServletRequest post(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServletPath(path);
        return request;
    }
}
