package se.inkopsstod.procurement.attachment;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileTypesTest {

    @TempDir
    Path directory;

    @Test
    void documentsAreKnownByTheirBytes() throws IOException {
        assertThat(FileTypes.sniff(file(AttachmentFixtures.tinyPdf("Hej")), "Förfrågningsunderlag.pdf")).isEqualTo("application/pdf");
        assertThat(FileTypes.sniff(file(AttachmentFixtures.tinyPdf("Hej")), "underlag")).as("no extension").isEqualTo("application/pdf");
        assertThat(FileTypes.sniff(file(AttachmentFixtures.tinyPdf("Hej")), "UNDERLAG.PDF")).isEqualTo("application/pdf");
        assertThat(FileTypes.sniff(file(AttachmentFixtures.png()), "skiss.png")).isEqualTo("image/png");
        assertThat(FileTypes.sniff(file("Krav;Vikt\nInloggning;10\n".getBytes(StandardCharsets.UTF_8)), "krav.csv")).isEqualTo("text/csv");
        assertThat(FileTypes.sniff(file("Mötesanteckningar\n".getBytes(StandardCharsets.UTF_8)), "anteckningar.txt")).isEqualTo("text/plain");
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Pris").createRow(0).createCell(0).setCellValue("Pris");
            book.write(out);
            assertThat(FileTypes.sniff(file(out.toByteArray()), "prisbilaga.xlsx"))
                    .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
    }

    @Test
    void aProgramOrAWebPageIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> FileTypes.sniff(file(AttachmentFixtures.elf()), "underlag.pdf"))
                .isInstanceOfSatisfying(AttachmentProblem.class, p -> assertThat(p.status()).isEqualTo(415));
        assertThatThrownBy(() -> FileTypes.sniff(file(AttachmentFixtures.html()), "underlag.pdf"))
                .isInstanceOfSatisfying(AttachmentProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(415);
                    assertThat(p.code()).isEqualTo("attachment.type-not-allowed");
                });
        assertThatThrownBy(() -> FileTypes.sniff(file(AttachmentFixtures.html()), "sida.html"))
                .isInstanceOfSatisfying(AttachmentProblem.class, p -> assertThat(p.status()).isEqualTo(415));
    }

    @Test
    void bytesNoSignatureKnowsAreNotWhatTheNameSays() {
        byte[] noise = new byte[512];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 37 + 11);
        }
        assertThatThrownBy(() -> FileTypes.sniff(file(noise), "underlag.pdf"))
                .isInstanceOfSatisfying(AttachmentProblem.class, p -> assertThat(p.status()).isEqualTo(415));
    }

    @Test
    void aTextNamedPdfIsNotAPdf() {
        assertThatThrownBy(() -> FileTypes.sniff(file("bara text".getBytes(StandardCharsets.UTF_8)), "underlag.pdf"))
                .isInstanceOfSatisfying(AttachmentProblem.class, p -> assertThat(p.code()).isEqualTo("attachment.type-mismatch"));
    }

    private Path file(byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(directory, "f", ".bin"), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
