package se.inkopsstod.procurement.comment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** Comment threads on a workspace's needs and requirements, for everyone who may see the procurement. */
@RestController
@RequestMapping("/api/procurements/{procurementId}/comments")
class CommentController {

    private final CommentService comments;

    CommentController(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping
    Mono<List<CommentView>> threads(ProcurementAccess access, @RequestParam String itemId) {
        return comments.threads(access, itemId);
    }

    @PostMapping
    Mono<ResponseEntity<CommentView>> add(ProcurementAccess access, @Valid @RequestBody CommentRequest request) {
        return comments.add(access, request.itemId(), request.parentId(), request.text(), request.mentions())
                .map(c -> ResponseEntity.created(URI.create("/api/procurements/" + access.procurementId().value()
                        + "/comments/" + c.id())).body(c));
    }

    record CommentRequest(@NotBlank @Size(max = 64) String itemId, @Size(max = 64) String parentId,
                          @NotBlank @Size(max = 5000) String text,
                          @Size(max = 50) Set<@NotBlank @Size(max = 64) String> mentions) {
    }
}
