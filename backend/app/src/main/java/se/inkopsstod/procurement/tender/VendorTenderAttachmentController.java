package se.inkopsstod.procurement.tender;

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
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.attachment.AttachmentFiles;

import java.net.URI;
import java.util.List;

/**
 * An invited vendor's files with its own tender: attached (the body is the file itself, of any
 * Content-Type) and removed until the deadline, read back at any time. Another vendor's are not found.
 */
@RestController
@RequestMapping("/api/vendor/procurements/{procurementId}/tender/attachments")
class VendorTenderAttachmentController {

    private final TenderAttachmentService attachments;

    VendorTenderAttachmentController(TenderAttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping
    Mono<ResponseEntity<TenderAttachmentView>> add(ProcurementAccess access, @RequestParam(required = false) String name,
                                                   @RequestHeader(name = "X-File-Name", required = false) String fileName,
                                                   @RequestHeader HttpHeaders headers,
                                                   @RequestBody(required = false) Flux<DataBuffer> body) {
        return attachments.add(access, fileName, name, body == null ? Flux.empty() : body, headers.getContentLength())
                .map(added -> ResponseEntity.created(URI.create("/api/vendor/procurements/" + access.procurementId().value()
                        + "/tender/attachments/" + added.id())).body(added));
    }

    @GetMapping
    Mono<List<TenderAttachmentView>> list(ProcurementAccess access) {
        return attachments.own(access);
    }

    @GetMapping("/{attachmentId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(ProcurementAccess access, @PathVariable String attachmentId,
                                                    @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return attachments.openOwn(access, attachmentId).map(file -> response(file, ifNoneMatch));
    }

    @DeleteMapping("/{attachmentId}")
    Mono<ResponseEntity<Void>> remove(ProcurementAccess access, @PathVariable String attachmentId) {
        return attachments.remove(access, attachmentId).thenReturn(ResponseEntity.status(HttpStatus.NO_CONTENT).build());
    }

    static ResponseEntity<Flux<DataBuffer>> response(TenderAttachmentService.Download file, String ifNoneMatch) {
        TenderAttachmentView view = file.attachment();
        return AttachmentFiles.response(view.fileName(), view.contentType(), view.sizeBytes(), view.sha256(), file.content(),
                ifNoneMatch);
    }
}
