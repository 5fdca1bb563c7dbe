package se.inkopsstod.procurement.record;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TestClock;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.openTenders;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * The documentation record of a procurement that went the whole way (a need endorsed, a requirement written
 * and revised, a question asked with the asker's name in it and published reworded, a tender opened by two,
 * scored and awarded), read back from the PDF as an auditor would: every step is there, from the event store
 * (not the read models), in an archival PDF with its fonts embedded. The public copy never names the asker;
 * nobody but the huvudman's buyers gets either copy.
 */
@InkopsstodIntegrationTest
class RecordIT {

    private static final String SECRET_WORDING = "Vi på Edulab undrar, ring Henrik på 070-1234567";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void theRecordStatesTheWholeProcurementFromItsEvents() throws Exception {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession colleague = ApiSession.login("larande-user1");
        ApiSession edulab = ApiSession.login("edulab-1");
        String procurement = procurementWithTeam(buyer, colleague);
        String base = "/api/procurements/" + procurement;
        String statement = "Lärarna behöver se elevernas frånvaro samma dag " + UUID.randomUUID().toString().substring(0, 6);
        String need = ApiSession.parse(buyer.post(base + "/needs", """
                {"statement":"%s","perspective":"teacher","schoolProcess":"scheduling","priority":"HIGH"}"""
                .formatted(statement)).body()).get("id").asString();
        assertThat(colleague.put(base + "/needs/" + need + "/endorsement", "").statusCode()).isEqualTo(200);
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> created = buyer.post(base + "/requirements", """
                {"text":"Frånvaro ska kunna rapporteras i mobilen.","kind":"MANDATORY","category":"FUNCTION",
                 "verificationMethod":"Demonstration","needIds":["%s"]}""".formatted(need));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String requirement = ApiSession.parse(created.body()).get("id").asString();
        assertThat(buyer.write("PATCH", base + "/requirements/" + requirement,
                "{\"baseVersion\":1,\"changes\":{\"text\":\"Frånvaro ska kunna rapporteras i mobilen och på datorn.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        byte[] file = "Bilaga till kravet om frånvaro i mobilen.".getBytes(StandardCharsets.UTF_8);
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(buyer.upload(base + "/attachments?target=REQUIREMENT&targetId=" + requirement + "&name=mobilkrav.txt", file,
                "text/plain").statusCode()).isEqualTo(201);
        inviteEveryVendorAndPublish(buyer, base, 10);

        String question = ApiSession.parse(edulab.post("/api/vendor/procurements/" + procurement + "/questions",
                "{\"text\":\"%s: gäller kravet även surfplattor?\"}".formatted(SECRET_WORDING)).body()).get("id").asString();
        assertThat(buyer.write("PATCH", base + "/questions/" + question,
                "{\"baseVersion\":1,\"changes\":{\"question\":\"Gäller kravet även surfplattor?\",\"answer\":\"Ja, även surfplattor.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.post(base + "/questions/" + question + "/publish", "").statusCode()).isEqualTo(200);
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(edulab.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS"}],"priceSek":412500}""".formatted(requirement)).statusCode())
                .isEqualTo(200);
        assertThat(edulab.post(tender + "/submit", "").statusCode()).isEqualTo(200);
        TestClock.advance(Duration.ofDays(11));
        openTenders(buyer, base, colleague);
        String edulabId = edulab.json("/api/me").get("vendorOrganisation").get("id").asString();
        HttpResponse<String> awarded = buyer.post(base + "/evaluation/award", """
                {"vendorOrganisationId":"%s","reasoning":"Enda anbudet och det uppfyller alla ska-krav."}""".formatted(edulabId));
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);

        // a read model changed behind the record's back does not change what the record says
        jdbc.sql("update need_view set statement = 'Ändrad i läsmodellen' where need_id = ?").param(need).update();

        JsonNode record = buyer.json(base + "/record");
        assertThat(record.get("sections")).extracting(s -> s.get("title").asString()).containsExactly(
                "Upphandlingen", "Behov", "Krav", "Marknadsdialog", "Annonsering, förlängningar och rättelser", "Bilagor",
                "Frågor och svar under anbudstiden", "Anbudsöppning", "Utvärdering och tilldelningsbeslut",
                "Avtalsspärr och avtal", "Uppföljning");
        assertThat(record.get("fingerprint").asString()).matches("[0-9a-f]{64}");
        assertThat(record.get("eventCount").asInt()).isGreaterThan(15);

        HttpResponse<byte[]> pdf = buyer.download(base + "/record.pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = normalised(new PDFTextStripper().getText(document));
            assertThat(text).contains("Upphandlingsdokumentation", "Lärande Skolor", record.get("fingerprint").asString(),
                    statement, "Behovet föreslogs", "Ställde sig bakom behovet", "Sofia Karlsson",
                    "K1: Frånvaro ska kunna rapporteras i mobilen och på datorn.",
                    "Krav: «Frånvaro ska kunna rapporteras i mobilen.» → «Frånvaro ska kunna rapporteras i mobilen och på datorn.»",
                    "Upphandlingen annonserades", "Som den ställdes: " + SECRET_WORDING, "Edulab Lärplattformar AB",
                    "Fråga: Gäller kravet även surfplattor?", "Svar: Ja, även surfplattor.",
                    "Anbuden öppnades (öppningsprotokoll)", "412 500 kr", "Bekräftade öppningen",
                    "Tilldelningsbeslut: kontraktet tilldelas Edulab Lärplattformar AB",
                    "Enda anbudet och det uppfyller alla ska-krav.", "Avtalsspärren löper till",
                    "Bilagan «mobilkrav.txt» lades till", "Gäller: Krav K1", "SHA-256: " + sha256)
                    .doesNotContain("Ändrad i läsmodellen");
            assertThat(document.getDocumentCatalog().getMetadata()).as("XMP metadata").isNotNull();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).as("declares PDF/A-1b").contains("pdfaid:part", "pdfaid:conformance");
            assertThat(document.getDocumentCatalog().getOutputIntents()).as("an sRGB output intent").isNotEmpty();
            assertThat(fonts(document)).as("every font embedded").isNotEmpty().allMatch(PDFont::isEmbedded);
        }

        HttpResponse<byte[]> publicCopy = buyer.download(base + "/record.pdf?edition=PUBLIC", "application/pdf");
        assertThat(publicCopy.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(publicCopy.body())) {
            String text = normalised(new PDFTextStripper().getText(document));
            String questions = text.substring(text.indexOf("Frågor och svar under anbudstiden"), text.indexOf("Anbudsöppning"));
            assertThat(questions).contains("En leverantör ställde en fråga", "Gäller kravet även surfplattor?")
                    .doesNotContain("Edulab").doesNotContain("Henrik").doesNotContain("070-1234567");
            assertThat(text).doesNotContain(SECRET_WORDING).contains("Exemplar för utlämnande");
        }
        assertThat(buyer.get(base + "/record?edition=SOMETHING").statusCode()).isEqualTo(400);

        assertThat(colleague.download(base + "/record.pdf", "application/pdf").statusCode()).as("a teacher on the team").isEqualTo(403);
        assertThat(ApiSession.login("alvstad-buyer1").download(base + "/record.pdf", "application/pdf").statusCode())
                .as("another huvudman").isEqualTo(404);
        assertThat(edulab.download(base + "/record.pdf", "application/pdf").statusCode()).as("a vendor").isIn(403, 404);
        assertThat(ApiSession.login("skolsys-1").download(base + "/record.pdf", "application/pdf").statusCode()).isIn(403, 404);
        assertThat(ApiSession.login("staff").download(base + "/record.pdf", "application/pdf").statusCode()).isIn(403, 404);
    }

    /** PDF text extraction breaks lines where the page does: join them so that a sentence is found whole. */
    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
