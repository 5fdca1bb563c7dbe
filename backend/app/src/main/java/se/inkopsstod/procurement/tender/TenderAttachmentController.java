package se.inkopsstod.procurement.tender;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.procurement.access.ProcurementAccess;

import java.util.List;

/**
 * The files of the submitted tenders for the buyer's team: sealed (409) until two appointed openers
 * have opened the tenders, then each tender's files as submitted, decrypted as they are sent.
 */
@RestController
@RequestMapping("/api/procurements/{procurementId}/tenders/{vendorOrganisationId}/attachments")
class TenderAttachmentController {

    private final TenderAttachmentService attachments;

    TenderAttachmentController(TenderAttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    Mono<List<TenderAttachmentView>> list(ProcurementAccess access, @PathVariable String vendorOrganisationId) {
        return attachments.submitted(access, vendorOrganisationId);
    }

    @GetMapping("/{attachmentId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(ProcurementAccess access, @PathVariable String vendorOrganisationId,
                                                    @PathVariable String attachmentId,
                                                    @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return attachments.openSubmitted(access, vendorOrganisationId, attachmentId)
                .map(file -> VendorTenderAttachmentController.response(file, ifNoneMatch));
    }
}
