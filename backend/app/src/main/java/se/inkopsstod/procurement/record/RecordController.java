package se.inkopsstod.procurement.record;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.procurement.access.ProcurementAccess;

import java.nio.charset.StandardCharsets;

/** A procurement's documentation record: as data for the web page, and as an archivable PDF. */
@RestController
@RequestMapping("/api/procurements/{procurementId}")
class RecordController {

    private final RecordService records;
    private final RecordPdf pdf;

    RecordController(RecordService records, RecordPdf pdf) {
        this.records = records;
        this.pdf = pdf;
    }

    @GetMapping("/record")
    Mono<ProcurementRecordView> record(ProcurementAccess access,
                                       @RequestParam(defaultValue = "BUYER") ProcurementRecordView.Edition edition) {
        return records.record(access, edition);
    }

    @GetMapping(value = "/record.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    Mono<ResponseEntity<byte[]>> recordPdf(ProcurementAccess access,
                                           @RequestParam(defaultValue = "BUYER") ProcurementRecordView.Edition edition) {
        return records.record(access, edition)
                .flatMap(record -> Blocking.call(() -> pdf.print(record)))
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(fileName(access, edition), StandardCharsets.UTF_8).build().toString())
                        .body(bytes));
    }

    private static String fileName(ProcurementAccess access, ProcurementRecordView.Edition edition) {
        return "upphandlingsdokumentation-" + access.procurementId().value()
                + (edition == ProcurementRecordView.Edition.PUBLIC ? "-utlamnande" : "") + ".pdf";
    }
}
