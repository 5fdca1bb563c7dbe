package se.inkopsstod.procurement.attachment;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.RequiresRole;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.Role;

import java.net.URI;
import java.util.List;

/**
 * A procurement's attachments for the buyer's team. The upload's body is the file itself (not a
 * form), of any Content-Type: what it is is judged from its bytes.
 */
@RestController
@RequestMapping("/api/procurements/{procurementId}/attachments")
class AttachmentController {

    static final String FILE_NAME_HEADER = "X-File-Name";

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @RequiresRole({Role.BUYER})
    @PostMapping
    Mono<ResponseEntity<AttachmentView>> add(ProcurementAccess access,
                                             @RequestParam(required = false) AttachmentTarget target,
                                             @RequestParam(required = false) String targetId,
                                             @RequestParam(required = false) String name,
                                             @RequestHeader(name = FILE_NAME_HEADER, required = false) String fileName,
                                             @RequestHeader HttpHeaders headers,
                                             @RequestBody(required = false) Flux<DataBuffer> body) {
        return attachments.add(access, target, targetId, fileName, name, body == null ? Flux.empty() : body, headers.getContentLength())
                .map(added -> ResponseEntity.created(URI.create("/api/procurements/" + access.procurementId().value()
                        + "/attachments/" + added.id())).body(added));
    }

    @GetMapping
    Mono<List<AttachmentView>> list(ProcurementAccess access, @RequestParam(required = false) AttachmentTarget target,
                                    @RequestParam(required = false) String targetId) {
        return attachments.list(access, target, targetId);
    }

    @GetMapping("/{attachmentId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(ProcurementAccess access, @PathVariable String attachmentId,
                                                    @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return attachments.open(access, attachmentId).map(download -> AttachmentFiles.response(download, ifNoneMatch));
    }

    @RequiresRole({Role.BUYER})
    @DeleteMapping("/{attachmentId}")
    Mono<ResponseEntity<Void>> remove(ProcurementAccess access, @PathVariable String attachmentId) {
        return attachments.remove(access, attachmentId).thenReturn(ResponseEntity.status(HttpStatus.NO_CONTENT).build());
    }
}
