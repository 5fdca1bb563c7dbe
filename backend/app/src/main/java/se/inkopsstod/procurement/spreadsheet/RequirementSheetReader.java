package se.inkopsstod.procurement.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.requirement.RequirementDraft;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the first sheet of a workbook as requirement drafts: row 1 is the header, which names the
 * columns (Swedish or English, any order); every non-empty row below it is one requirement.
 * Kinds and categories are read by their label, the needs by their statement (one per line).
 * Only what a cell cannot mean is reported here; the requirement rules are the service's.
 */
final class RequirementSheetReader {

    static final int MAX_ROWS = 500;
    private static final Set<RequirementColumn> REQUIRED = Set.of(RequirementColumn.TEXT, RequirementColumn.KIND,
            RequirementColumn.CATEGORY);

    /** A draft and the row (as the spreadsheet numbers it) it came from. */
    record Line(int row, RequirementDraft draft) {
    }

    /** The drafts, the cells that could not be read, and each column's header as the sheet wrote it. */
    record Parsed(List<Line> lines, List<ImportProblem.RowError> errors, Map<RequirementColumn, String> headers) {

        List<RequirementDraft> drafts() {
            return lines.stream().map(Line::draft).toList();
        }
    }

    private final DataFormatter formatter = new DataFormatter();
    private final Set<String> needIds;
    private final Map<String, String> needIdsByStatement;

    /** @param needs the procurement's needs, to find a need by its statement or id (whether it may be served is the service's rule) */
    RequirementSheetReader(List<NeedView> needs) {
        this.needIds = needs.stream().map(NeedView::id).collect(Collectors.toSet());
        this.needIdsByStatement = needs.stream().collect(Collectors.toMap(n -> SheetLabels.normal(n.statement()), NeedView::id,
                (a, b) -> a));
    }

    Parsed read(Workbook workbook) {
        Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
        Row header = sheet == null ? null : sheet.getRow(sheet.getFirstRowNum());
        if (header == null) {
            throw ImportProblem.empty();
        }
        Map<RequirementColumn, Integer> positions = new EnumMap<>(RequirementColumn.class);
        Map<RequirementColumn, String> headers = new EnumMap<>(RequirementColumn.class);
        for (Cell cell : header) {
            String text = text(cell);
            RequirementColumn.named(text).ifPresent(column -> {
                if (positions.putIfAbsent(column, cell.getColumnIndex()) == null) {
                    headers.put(column, text.strip());
                }
            });
        }
        List<ImportProblem.RowError> errors = new ArrayList<>();
        for (RequirementColumn column : REQUIRED) {
            if (!positions.containsKey(column)) {
                errors.add(new ImportProblem.RowError(header.getRowNum() + 1, column.header(),
                        "The header row has no column \"" + column.header() + "\"."));
            }
        }
        if (!errors.isEmpty()) {
            throw ImportProblem.invalid(errors);
        }
        if (sheet.getLastRowNum() - header.getRowNum() > MAX_ROWS * 4) {
            throw ImportProblem.tooManyRows(MAX_ROWS); // before reading each of thousands of (maybe empty) rows
        }
        List<Line> lines = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || positions.values().stream().allMatch(i -> text(row.getCell(i)).isBlank())) {
                continue;
            }
            if (lines.size() == MAX_ROWS) {
                throw ImportProblem.tooManyRows(MAX_ROWS);
            }
            lines.add(new Line(r + 1, draft(row, r + 1, positions, headers, errors)));
        }
        if (lines.isEmpty()) {
            throw ImportProblem.empty();
        }
        return new Parsed(lines, errors, headers);
    }

    private RequirementDraft draft(Row row, int number, Map<RequirementColumn, Integer> positions,
                                   Map<RequirementColumn, String> headers, List<ImportProblem.RowError> errors) {
        Function<RequirementColumn, Cell> cell = column -> positions.containsKey(column) ? row.getCell(positions.get(column)) : null;
        String kindWord = text(cell.apply(RequirementColumn.KIND));
        RequirementKind kind = kindWord.isBlank() ? null : SheetLabels.kind(kindWord).orElse(null);
        if (!kindWord.isBlank() && kind == null) {
            errors.add(error(number, RequirementColumn.KIND, headers, "\"" + kindWord + "\" is no kind: write " + SheetLabels.kinds() + "."));
        }
        String categoryWord = text(cell.apply(RequirementColumn.CATEGORY));
        RequirementCategory category = categoryWord.isBlank() ? null : SheetLabels.category(categoryWord).orElse(null);
        if (!categoryWord.isBlank() && category == null) {
            errors.add(error(number, RequirementColumn.CATEGORY, headers,
                    "\"" + categoryWord + "\" is no category: write one of " + SheetLabels.categories() + "."));
        }
        Integer weight = null;
        try {
            weight = weight(cell.apply(RequirementColumn.WEIGHT));
        } catch (NumberFormatException e) {
            errors.add(error(number, RequirementColumn.WEIGHT, headers, "The weight is a whole number from 1 to 100."));
        }
        Set<String> needIds = needs(text(cell.apply(RequirementColumn.NEEDS)), number, headers, errors);
        return new RequirementDraft(blankToNull(text(cell.apply(RequirementColumn.TEXT))), kind, weight, category,
                blankToNull(text(cell.apply(RequirementColumn.VERIFICATION_METHOD))), needIds);
    }

    /** One need per line, by its statement as the export writes it (or by its id, as a script might). */
    private Set<String> needs(String cellText, int number, Map<RequirementColumn, String> headers, List<ImportProblem.RowError> errors) {
        if (cellText.isBlank()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String line : cellText.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String id = needIds.contains(line.strip()) ? line.strip() : needIdsByStatement.get(SheetLabels.normal(line));
            if (id == null) {
                errors.add(error(number, RequirementColumn.NEEDS, headers, "No need of this procurement says \"" + line.strip() + "\"."));
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private static ImportProblem.RowError error(int row, RequirementColumn column, Map<RequirementColumn, String> headers, String message) {
        return new ImportProblem.RowError(row, headers.getOrDefault(column, column.header()), message);
    }

    /** A number cell, or a text cell holding a number; not a whole number → {@link NumberFormatException}. */
    private Integer weight(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (value != Math.rint(value)) {
                throw new NumberFormatException("not whole");
            }
            // far out of range stays out of range: the 1–100 rule then speaks, not an overflow
            return (int) Math.max(Math.min(value, Integer.MAX_VALUE), Integer.MIN_VALUE);
        }
        String text = text(cell).strip();
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    /**
     * A cell's text as the sheet shows it. A formula's last computed value is taken as it was
     * saved: formulas of an uploaded file are never evaluated here.
     */
    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
