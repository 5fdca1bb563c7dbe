package se.inkopsstod.procurement.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.inkopsstod.procurement.model.Publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One sheet with a bold, frozen header row, an autofilter over the columns and fixed column widths
 * (POI's auto-sizing measures text with AWT fonts, which a headless server may not have), and the
 * cell formats the three files share. Strings are always written as text cells, never as formulas,
 * so a cell starting with "=" stays words on the reader's computer.
 */
final class Workbooks {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A column: its header and its width in characters. */
    record Column(String header, int width) {
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final List<Column> columns;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle dateTime;
    private final CellStyle currency;
    private int next = 1;

    Workbooks(String sheetName, List<Column> columns) {
        this.sheet = workbook.createSheet(sheetName);
        this.columns = columns;
        this.text = style(null, false);
        this.wrapped = style(null, true);
        this.whole = style("0", false);
        this.decimal = style("0.0", false);
        this.dateTime = style("yyyy-mm-dd hh:mm", false);
        // "," marks thousands and Excel shows its locale's separator: a space in Swedish, 500 000 kr
        this.currency = style("#,##0 \"kr\"", false);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(columns.get(i).width(), 255) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle style(String format, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** A new data row, below the last. */
    Cells row() {
        return new Cells(sheet.createRow(next++));
    }

    /** The file, with the autofilter over the header and every row written. */
    byte[] toBytes() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 0), 0, columns.size() - 1));
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of one row, filled left to right; null leaves a cell empty. */
    final class Cells {

        private final Row row;
        private int column;

        private Cells(Row row) {
            this.row = row;
        }

        Cells text(String value) {
            return put(value, Workbooks.this.text);
        }

        /** Long text (a requirement, an answer): wrapped within the column. */
        Cells longText(String value) {
            return put(value, wrapped);
        }

        Cells whole(Number value) {
            return put(value, Workbooks.this.whole);
        }

        Cells decimal(BigDecimal value) {
            return put(value, Workbooks.this.decimal);
        }

        Cells currency(Long value) {
            return put(value, Workbooks.this.currency);
        }

        /** A moment as a real date cell, in Swedish time (what the reader's clock said). */
        Cells dateTime(Instant value) {
            return put(value == null ? null : LocalDateTime.ofInstant(value, Publication.SWEDEN), Workbooks.this.dateTime);
        }

        private Cells put(Object value, CellStyle style) {
            Cell cell = row.createCell(column++);
            cell.setCellStyle(style);
            if (value instanceof String s) {
                cell.setCellValue(s);
            } else if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDateTime t) {
                cell.setCellValue(t);
            }
            return this;
        }
    }
}
