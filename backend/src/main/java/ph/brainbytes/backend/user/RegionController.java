package ph.brainbytes.backend.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The regions a profile may name, for sign-up and profile forms; public, and the same for everyone. */
@RestController
class RegionController {

    private static final Locale FILIPINO = Locale.forLanguageTag("fil");

    /** The list only changes with a release, so browsers and proxies may keep it for a day. */
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final MessageSource messages;

    RegionController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/api/v1/regions")
    @Operation(summary = "The 17 regions of the Philippines, with their names in English and Filipino")
    @SecurityRequirements
    ResponseEntity<Regions> regions() {
        List<RegionView> items = Arrays.stream(Region.values())
                .map(region -> new RegionView(
                        region.name(),
                        messages.getMessage(region.messageKey(), null, Locale.ENGLISH),
                        messages.getMessage(region.messageKey(), null, FILIPINO)))
                .toList();
        return ResponseEntity.ok().cacheControl(CACHE).body(new Regions(items));
    }

    record Regions(List<RegionView> items) {}

    record RegionView(String code, String nameEn, String nameFil) {}
}
