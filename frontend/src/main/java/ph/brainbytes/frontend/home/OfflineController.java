package ph.brainbytes.frontend.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page the service worker shows when a page is neither reachable nor cached. */
@Controller
class OfflineController {

    @GetMapping("/offline")
    String offline() {
        return "offline";
    }
}
