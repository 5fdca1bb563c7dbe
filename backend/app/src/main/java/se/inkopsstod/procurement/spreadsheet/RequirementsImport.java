package se.inkopsstod.procurement.spreadsheet;

import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.need.NeedQueries;
import se.inkopsstod.procurement.requirement.RequirementService;
import se.inkopsstod.procurement.requirement.RequirementView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports requirements from an uploaded sheet, all or nothing: every row is read and checked with
 * the rules of a single create first, and only a sheet without a single wrong cell is written, one
 * requirement after the other with the procurement's next numbers.
 */
@Service
class RequirementsImport {

    /** The JSON request's field names, as the requirement rules name a wrong field, and the column that holds each. */
    private static final Map<String, RequirementColumn> COLUMNS = Map.of(
            "text", RequirementColumn.TEXT,
            "kind", RequirementColumn.KIND,
            "weight", RequirementColumn.WEIGHT,
            "category", RequirementColumn.CATEGORY,
            "verificationMethod", RequirementColumn.VERIFICATION_METHOD,
            "needIds", RequirementColumn.NEEDS);

    private final RequirementService requirements;
    private final NeedQueries needs;

    RequirementsImport(RequirementService requirements, NeedQueries needs) {
        this.requirements = requirements;
        this.needs = needs;
    }

    /** The requirements created, in the sheet's order; or an {@link ImportProblem} and nothing written. */
    Mono<List<RequirementView>> fromSheet(ProcurementAccess access, Flux<DataBuffer> body, long contentLength) {
        access.requireBuyer();
        return XlsxUpload.read(body, contentLength)
                .flatMap(bytes -> Blocking.call(() -> {
                    try (Workbook workbook = XlsxUpload.open(bytes)) {
                        return new RequirementSheetReader(needs.needs(access)).read(workbook);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .flatMap(parsed -> requirements.problems(access, parsed.drafts())
                        .flatMap(problems -> {
                            List<ImportProblem.RowError> errors = errors(parsed, problems);
                            return errors.isEmpty() ? requirements.createAll(access, parsed.drafts())
                                    : Mono.error(ImportProblem.invalid(errors));
                        }));
    }

    /**
     * What the reader could not read and what the rules refuse, one error per cell (a cell the
     * reader could not read has no second error for the same cause), by row and then column.
     */
    private static List<ImportProblem.RowError> errors(RequirementSheetReader.Parsed parsed,
                                                       List<RequirementService.DraftProblem> problems) {
        Map<String, ImportProblem.RowError> byCell = new LinkedHashMap<>();
        parsed.errors().forEach(e -> byCell.putIfAbsent(e.row() + "/" + e.column(), e));
        for (RequirementService.DraftProblem problem : problems) {
            int row = parsed.lines().get(problem.index()).row();
            RequirementColumn column = COLUMNS.getOrDefault(problem.field(), RequirementColumn.TEXT);
            String header = parsed.headers().getOrDefault(column, column.header());
            byCell.putIfAbsent(row + "/" + header, new ImportProblem.RowError(row, header, problem.message()));
        }
        List<ImportProblem.RowError> errors = new ArrayList<>(byCell.values());
        errors.sort(Comparator.comparingInt(ImportProblem.RowError::row)
                .thenComparingInt(e -> RequirementColumn.named(e.column()).map(Enum::ordinal).orElse(0)));
        return errors;
    }
}
