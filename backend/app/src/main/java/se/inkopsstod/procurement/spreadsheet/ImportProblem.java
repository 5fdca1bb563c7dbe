package se.inkopsstod.procurement.spreadsheet;

import se.inkopsstod.shared.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Why an uploaded sheet was not imported; nothing of it was written. */
final class ImportProblem extends ProblemException {

    /** A cell (or a missing column, on row 1) that keeps the sheet from being imported. */
    record RowError(int row, String column, String message) {
    }

    private final int status;
    private final Map<String, Object> properties;

    private ImportProblem(int status, String code, String message, Map<String, Object> properties) {
        super(code, message);
        this.status = status;
        this.properties = properties;
    }

    /** 400: every wrong cell of the sheet, by its row number as the spreadsheet shows it and its column's header. */
    static ImportProblem invalid(List<RowError> errors) {
        List<Map<String, Object>> list = errors.stream().map(e -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", e.row());
            error.put("column", e.column());
            error.put("message", e.message());
            return error;
        }).toList();
        return new ImportProblem(400, "import.invalid", errors.size() == 1 ? "One cell of the sheet is not valid; nothing was imported."
                : errors.size() + " cells of the sheet are not valid; nothing was imported.", Map.of("errors", list))
                .withMessageKey(errors.size() == 1 ? "import.invalid.one" : "import.invalid", errors.size());
    }

    static ImportProblem empty() {
        return new ImportProblem(400, "import.empty", "The sheet has no requirements below its header row.", Map.of());
    }

    static ImportProblem tooManyRows(int max) {
        return new ImportProblem(400, "import.too-many-rows",
                "A sheet may hold at most " + max + " requirements at a time; split it and import the parts one by one.",
                Map.of("maxRows", max)).withArguments(max);
    }

    /** 413 with the code every other body over the limit has, and this route's own limit in words. */
    static ImportProblem tooLarge(String message) {
        return new ImportProblem(413, "too-large", message, Map.of("maxBytes", XlsxUpload.MAX_BYTES))
                .withMessageKey("import.too-large", XlsxUpload.MAX_BYTES / (1024 * 1024));
    }

    static ImportProblem notXlsx(String message, String messageKey) {
        return new ImportProblem(415, "import.not-xlsx", message, Map.of()).withMessageKey(messageKey);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
