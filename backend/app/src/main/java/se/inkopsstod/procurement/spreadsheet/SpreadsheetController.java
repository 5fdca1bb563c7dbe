package se.inkopsstod.procurement.spreadsheet;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.RequiresRole;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.evaluation.EvaluationService;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.need.NeedQueries;
import se.inkopsstod.procurement.qa.QuestionService;
import se.inkopsstod.procurement.requirement.RequirementService;
import se.inkopsstod.procurement.requirement.RequirementView;
import se.inkopsstod.shared.Role;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A procurement's spreadsheets: the requirements, the questions and answers and the evaluation as
 * {@code .xlsx} files for the buyer's team, each read through the service of its JSON route (so the
 * same gate, roles and seals apply), and requirements imported from a sheet by a buyer.
 */
@RestController
@RequestMapping("/api/procurements/{procurementId}")
class SpreadsheetController {

    private static final MediaType XLSX = MediaType.parseMediaType(Workbooks.MEDIA_TYPE);

    private final RequirementService requirements;
    private final NeedQueries needs;
    private final QuestionService questions;
    private final EvaluationService evaluation;
    private final RequirementsImport imports;

    SpreadsheetController(RequirementService requirements, NeedQueries needs, QuestionService questions,
                          EvaluationService evaluation, RequirementsImport imports) {
        this.requirements = requirements;
        this.needs = needs;
        this.questions = questions;
        this.evaluation = evaluation;
        this.imports = imports;
    }

    @GetMapping("/requirements.xlsx")
    Mono<ResponseEntity<byte[]>> requirements(ProcurementAccess access) {
        return requirements.list(access)
                .flatMap(list -> Blocking.call(() -> RequirementsSheet.write(list, needs.needs(access).stream()
                        .collect(Collectors.toMap(NeedView::id, NeedView::statement)))))
                .map(bytes -> file("krav.xlsx", bytes));
    }

    @GetMapping("/questions.xlsx")
    Mono<ResponseEntity<byte[]>> questions(ProcurementAccess access) {
        return questions.list(access)
                .flatMap(list -> Blocking.call(() -> QuestionsSheet.write(list)))
                .map(bytes -> file("fragor-och-svar.xlsx", bytes));
    }

    /** Only once the tenders are opened, as the evaluation itself (404 before publication, 409 while sealed). */
    @GetMapping("/evaluation.xlsx")
    Mono<ResponseEntity<byte[]>> evaluation(ProcurementAccess access) {
        return evaluation.view(access)
                .zipWith(requirements.list(access), (view, list) -> Map.entry(view, numbers(list)))
                .flatMap(both -> Blocking.call(() -> EvaluationSheet.write(both.getKey(), both.getValue())))
                .map(bytes -> file("utvardering.xlsx", bytes));
    }

    /**
     * The body is the {@code .xlsx} file itself (not multipart): the one route whose body is not JSON
     * and may be up to 5 MB, read by {@link XlsxUpload}. Any other content type is refused with 415
     * before the body is read; what is sent is checked to be a workbook whatever its type says.
     */
    @RequiresRole({Role.BUYER})
    @PostMapping(path = "/requirements/import", consumes = {Workbooks.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Mono<ResponseEntity<List<RequirementView>>> importRequirements(ProcurementAccess access, @RequestBody Flux<DataBuffer> body,
                                                                   @RequestHeader HttpHeaders headers) {
        return imports.fromSheet(access, body, headers.getContentLength())
                .map(created -> ResponseEntity.status(HttpStatus.CREATED).body(created));
    }

    private static Map<String, Integer> numbers(List<RequirementView> requirements) {
        return requirements.stream().collect(Collectors.toMap(RequirementView::id, RequirementView::number));
    }

    private static ResponseEntity<byte[]> file(String name, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                // made for this person from the team's data: not for shared caches
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(bytes);
    }
}
