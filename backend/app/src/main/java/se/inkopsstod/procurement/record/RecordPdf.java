package se.inkopsstod.procurement.record;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSection;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints the documentation record as PDF/A-1b, the archival profile the Swedish National Archives accept: every
 * font embedded (Liberation Sans, which has every Swedish letter), an sRGB output intent, XMP metadata, no
 * encryption. The record's fingerprint and event count are on the first page and in every page's footer, so a
 * printed page can be tied to the history it came from.
 */
@Component
class RecordPdf {

    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private final BaseFont regular = font("/font-fallback/LiberationSans-Regular.ttf");
    private final BaseFont bold = font("/liberation/LiberationSans-Bold.ttf");

    byte[] print(ProcurementRecordView record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPDFXConformance(PdfWriter.PDFA1B);
            writer.setPageEvent(new Footer(record));
            document.addTitle("Upphandlingsdokumentation: " + record.title());
            document.addSubject("Dokumentation enligt 12 kap. 14–17 §§ LOU");
            document.addAuthor(record.tenantName());
            document.addCreator("Inköpsstöd");
            writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("sv-SE"));
            document.open();
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            header(document, record);
            for (RecordSection section : record.sections()) {
                section(document, section);
            }
            writer.createXmpMetadata();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The record could not be printed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void header(Document document, ProcurementRecordView record) {
        document.add(paragraph("Upphandlingsdokumentation", bold, 20, 0, 4));
        document.add(paragraph(record.title(), bold, 14, 0, 8));
        document.add(paragraph(record.tenantName() + " · " + record.procedure() + " · " + record.edition().title(), regular, 10, 0, 2));
        document.add(paragraph("Upphandlingens id: " + record.procurementId(), regular, 9, 0, 2));
        document.add(paragraph("Sammanställd " + RecordWords.time(record.writtenAt()) + " av " + record.writtenBy()
                + " ur upphandlingens händelselogg (" + record.eventCount() + " händelser)", regular, 9, 0, 2));
        document.add(paragraph("Kontrollsumma (SHA-256 över händelsernas id): " + record.fingerprint(), regular, 8, 0, 2));
        if (record.edition() == ProcurementRecordView.Edition.PUBLIC) {
            document.add(paragraph("Exemplaret namnger inte den som ställt en fråga och innehåller inte arbetsutkast. "
                    + "Sekretessprövning av övriga uppgifter görs innan det lämnas ut.", regular, 9, 0, 2));
        }
    }

    private void section(Document document, RecordSection section) {
        document.add(paragraph(section.title(), bold, 14, 16, 6));
        if (section.groups().stream().allMatch(g -> g.entries().isEmpty())) {
            document.add(paragraph("Inget har registrerats.", regular, 10, 0, 4, MUTED));
            return;
        }
        for (RecordSection.Group group : section.groups()) {
            if (group.heading() != null) {
                document.add(paragraph(group.heading(), bold, 11, 8, 3));
            }
            for (RecordEntry entry : group.entries()) {
                Paragraph line = new Paragraph("", new Font(regular, 10));
                line.setSpacingBefore(3);
                line.add(new Chunk(RecordWords.time(entry.at()) + "  ", new Font(regular, 9, Font.NORMAL, MUTED)));
                line.add(new Chunk(entry.what(), new Font(bold, 10)));
                if (entry.by() != null) {
                    line.add(new Chunk(" — " + entry.by(), new Font(regular, 10)));
                }
                document.add(line);
                for (String detail : entry.details()) {
                    Paragraph text = paragraph(detail, regular, 9.5f, 0, 0);
                    text.setIndentationLeft(18);
                    document.add(text);
                }
            }
        }
    }

    private static Paragraph paragraph(String text, BaseFont font, float size, float before, float after) {
        return paragraph(text, font, size, before, after, Color.BLACK);
    }

    private static Paragraph paragraph(String text, BaseFont font, float size, float before, float after, Color color) {
        Paragraph paragraph = new Paragraph(text, new Font(font, size, Font.NORMAL, color));
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = RecordPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page number, procurement and fingerprint on every page. */
    private final class Footer extends PdfPageEventHelper {

        private final ProcurementRecordView record;

        private Footer(ProcurementRecordView record) {
            this.record = record;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String text = record.title() + " · " + record.fingerprint().substring(0, 16) + " · sida " + writer.getPageNumber();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text, new Font(regular, 8, Font.NORMAL, MUTED)),
                    (document.left() + document.right()) / 2, document.bottom() - 28, 0);
        }
    }
}
