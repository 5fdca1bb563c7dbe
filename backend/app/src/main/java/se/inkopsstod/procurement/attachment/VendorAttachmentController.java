package se.inkopsstod.procurement.attachment;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;

import java.util.List;

/** The attachments an invited vendor may read: those on what was published to vendors. */
@RestController
@RequestMapping("/api/vendor/procurements/{procurementId}/attachments")
class VendorAttachmentController {

    private final AttachmentService attachments;

    VendorAttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    Mono<List<VendorAttachmentView>> list(ProcurementAccess access, @RequestParam(required = false) AttachmentTarget target,
                                          @RequestParam(required = false) String targetId) {
        return attachments.listForVendor(access, target, targetId);
    }

    @GetMapping("/{attachmentId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(ProcurementAccess access, @PathVariable String attachmentId,
                                                    @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return attachments.open(access, attachmentId).map(download -> AttachmentFiles.response(download, ifNoneMatch));
    }
}
