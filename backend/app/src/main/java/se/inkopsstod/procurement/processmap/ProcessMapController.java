package se.inkopsstod.procurement.processmap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.inkopsstod.shared.CurrentUser;
import tools.jackson.databind.JsonNode;

/** The school process map and the perspectives, for forms and filters. */
@RestController
class ProcessMapController {

    private final ProcessMap processMap;

    ProcessMapController(ProcessMap processMap) {
        this.processMap = processMap;
    }

    @GetMapping("/api/process-map")
    JsonNode processMap(CurrentUser user) {
        user.requireId();
        return processMap.document();
    }
}
