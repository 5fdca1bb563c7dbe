package se.inkopsstod.procurement.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TestClock;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.openTenders;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * The spreadsheets over the real API, each file opened with POI as Excel would open it: the
 * requirements, the questions and answers and the evaluation as downloads, and requirements
 * imported from a sheet all or nothing, with the limits on what an upload may be.
 */
@InkopsstodIntegrationTest
class SpreadsheetsIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void requirementsGoOutAsASheetAndComeBackInWithNewNumbers() throws IOException {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession colleague = ApiSession.login("larande-user1");
        String procurement = procurementWithTeam(buyer, colleague);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String need = ApiSession.parse(buyer.post(base + "/needs", """
                {"statement":"Frånvaro ska gå snabbt att rapportera","perspective":"teacher","schoolProcess":"attendance","priority":"HIGH"}""")
                .body()).get("id").asString();
        requirement(buyer, base, "Inloggning ska ske via Skolfederation.", "MANDATORY", null, "IDENTITY_AND_EID", need);
        requirement(buyer, base, "=Lärare bör rapportera frånvaro med högst tre klick.", "EVALUATED", 60, "FUNCTION", need);
        requirement(buyer, base, "Support bör finnas på svenska vardagar 7–18.", "EVALUATED", 40, "SUPPORT_AND_TRAINING", null);

        HttpResponse<byte[]> download = buyer.download(base + "/requirements.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "krav.xlsx");
        byte[] exported = download.body();
        try (Workbook book = open(exported)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Nr", "Krav", "Typ", "Vikt", "Viktandel (%)", "Kategori",
                    "Verifieringsmetod", "Behov", "Senast ändrad");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).satisfies(font ->
                    assertThat(book.getFontAt(font).getBold()).as("bold header").isTrue());
            assertThat(sheet.getPaneInformation()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("the header row frozen").isEqualTo((short) 1);
            assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(List.of(sheet.getRow(1), sheet.getRow(2), sheet.getRow(3))).extracting(r -> r.getCell(0).getStringCellValue())
                    .containsExactly("K1", "K2", "K3");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row usability = sheet.getRow(2);
            assertThat(usability.getCell(1).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(usability.getCell(1).getStringCellValue()).startsWith("=Lärare");
            assertThat(usability.getCell(2).getStringCellValue()).isEqualTo("Bör-krav");
            assertThat(usability.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(usability.getCell(3).getNumericCellValue()).isEqualTo(60.0);
            assertThat(usability.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(usability.getCell(4).getNumericCellValue()).isEqualTo(60.0);
            assertThat(usability.getCell(7).getStringCellValue()).isEqualTo("Frånvaro ska gå snabbt att rapportera");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).as("a mandatory requirement has no weight").isEqualTo(CellType.BLANK);
            Cell changed = usability.getCell(8);
            assertThat(changed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(changed)).as("a real date cell").isTrue();
            assertThat(Duration.between(changed.getLocalDateTimeCellValue(), java.time.LocalDateTime.now(ZoneId.of("Europe/Stockholm"))))
                    .as("in Swedish time").isBetween(Duration.ofMinutes(-1), Duration.ofMinutes(10));
        }

        // the exported file as it is: three new requirements with the next numbers, the number column ignored
        HttpResponse<String> imported = buyer.upload(base + "/requirements/import", exported, XLSX);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode created = ApiSession.parse(imported.body());
        assertThat(created).extracting(r -> r.get("number").asInt()).containsExactly(4, 5, 6);
        assertThat(created.get(1).get("text").asString()).isEqualTo("=Lärare bör rapportera frånvaro med högst tre klick.");
        assertThat(created.get(1).get("weight").asInt()).isEqualTo(60);
        assertThat(created.get(1).get("needIds").get(0).asString()).isEqualTo(need);
        assertThat(created.get(0).get("kind").asString()).isEqualTo("MANDATORY");
        assertThat(created.get(2).get("category").asString()).isEqualTo("SUPPORT_AND_TRAINING");
        assertThat(buyer.json(base + "/requirements").size()).isEqualTo(6);

        // one good row and two bad ones: nothing is created, and each bad cell is named by row and column
        byte[] bad = sheet(List.of("Krav", "Typ", "Vikt", "Kategori"),
                List.of("Skolan ska kunna exportera all data.", "Ska-krav", "", "Exit och dataportabilitet"),
                List.of("Appen bör fungera offline.", "Bör-krav", 500, "Funktion"),
                List.of("", "Ska-krav", "", "Funktion"));
        HttpResponse<String> refused = buyer.upload(base + "/requirements/import", bad, XLSX);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = ApiSession.parse(refused.body());
        assertThat(problem.get("code").asString()).isEqualTo("import.invalid");
        List<String> errors = new ArrayList<>();
        problem.get("errors").forEach(e -> errors.add(e.get("row").asInt() + " " + e.get("column").asString()));
        assertThat(errors).containsExactly("3 Vikt", "4 Krav");
        assertThat(buyer.json(base + "/requirements").size()).as("nothing created").isEqualTo(6);

        // an English header, labels and need statements as a script would write them
        byte[] english = sheet(List.of("Requirement", "Kind", "Weight", "Category", "Needs"),
                List.of("The app should work offline.", "Evaluated", 20, "Function", "frånvaro ska gå snabbt att rapportera"));
        HttpResponse<String> fromEnglish = buyer.upload(base + "/requirements/import", english, "application/octet-stream");
        assertThat(fromEnglish.statusCode()).as(fromEnglish.body()).isEqualTo(201);
        assertThat(ApiSession.parse(fromEnglish.body()).get(0).get("number").asInt()).isEqualTo(7);

        // not a workbook, whatever the content type says; JSON is not what this route takes; over 5 MB
        HttpResponse<String> notXlsx = buyer.upload(base + "/requirements/import", "Krav;Typ\nx;y".getBytes(StandardCharsets.UTF_8), XLSX);
        assertThat(notXlsx.statusCode()).isEqualTo(415);
        assertThat(notXlsx.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(ApiSession.parse(notXlsx.body()).get("code").asString()).isEqualTo("import.not-xlsx");
        byte[] fakeZip = new byte[2048];
        fakeZip[0] = 'P';
        fakeZip[1] = 'K';
        fakeZip[2] = 3;
        fakeZip[3] = 4;
        assertThat(ApiSession.parse(buyer.upload(base + "/requirements/import", fakeZip, XLSX).body()).get("code").asString())
                .isEqualTo("import.not-xlsx");
        HttpResponse<String> json = buyer.upload(base + "/requirements/import", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(ApiSession.parse(json.body()).get("code").asString()).isEqualTo("unsupported-media-type");
        HttpResponse<String> huge = buyer.upload(base + "/requirements/import", new byte[5 * 1024 * 1024 + 1], XLSX);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(ApiSession.parse(huge.body()).get("code").asString()).isEqualTo("too-large");
        assertThat(buyer.json(base + "/requirements").size()).isEqualTo(7);

        // the team reads the sheet; only a buyer imports; another huvudman's buyer learns nothing
        assertThat(colleague.download(base + "/requirements.xlsx").statusCode()).isEqualTo(200);
        assertThat(colleague.upload(base + "/requirements/import", exported, XLSX).statusCode()).isEqualTo(403);
        ApiSession stranger = ApiSession.login("alvstad-buyer1");
        assertThat(stranger.download(base + "/requirements.xlsx").statusCode()).isEqualTo(404);
        assertThat(stranger.download(base + "/questions.xlsx").statusCode()).isEqualTo(404);
        assertThat(stranger.upload(base + "/requirements/import", exported, XLSX).statusCode()).isEqualTo(404);
        assertThat(ApiSession.login("edulab-1").download(base + "/requirements.xlsx").statusCode()).isIn(403, 404);
        assertThat(buyer.json(base + "/requirements").size()).isEqualTo(7);
    }

    @Test
    void questionsAndTheEvaluationGoOutAsSheetsWithoutWhoAsked() throws IOException {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession colleague = ApiSession.login("larande-user1");
        ApiSession edulab = ApiSession.login("edulab-1");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer, colleague);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String mandatory = requirement(buyer, base, "Inloggning ska ske via Skolfederation.", "MANDATORY", null, "IDENTITY_AND_EID", null);
        String usability = requirement(buyer, base, "Lärare bör rapportera frånvaro snabbt.", "EVALUATED", 100, "FUNCTION", null);
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"" + vendor.get("id").asString() + "\"}")
                    .statusCode()).isEqualTo(200);
        }
        Instant deadline = Instant.now().plus(10, ChronoUnit.DAYS);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"PRICE_AND_QUALITY","qualityValueSek":100000}"""
                .formatted(deadline, LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(7))).statusCode())
                .isEqualTo(200);

        String vendorPath = "/api/vendor/procurements/" + procurement;
        String answered = ApiSession.parse(edulab.post(vendorPath + "/questions",
                "{\"text\":\"Vi på Edulab undrar: räcker SAML?\"}").body()).get("id").asString();
        assertThat(edulab.post(vendorPath + "/questions", "{\"text\":\"Hur många elever gäller det?\"}").statusCode()).isEqualTo(201);
        String path = base + "/questions/" + answered;
        assertThat(buyer.write("PATCH", path, "{\"baseVersion\":1,\"changes\":{\"question\":\"Räcker SAML?\",\"answer\":\"Ja.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.post(path + "/publish", "").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> qa = colleague.download(base + "/questions.xlsx");
        assertThat(qa.statusCode()).isEqualTo(200);
        try (Workbook book = open(qa.body())) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Nr", "Typ", "Fråga", "Svar", "Status", "Ställd", "Publicerad");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Räcker SAML?");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Ja.");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Publicerad");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            assertThat(DateUtil.isCellDateFormatted(first.getCell(6))).isTrue();
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Obesvarad");
            assertThat(sheet.getRow(2).getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            for (Row row : sheet) {
                assertThat(texts(row)).as("never who asked, nor the asker's own wording")
                        .noneMatch(text -> text.contains("Edulab"));
            }
        }

        HttpResponse<byte[]> sealed = buyer.download(base + "/evaluation.xlsx");
        assertThat(sealed.statusCode()).as("as the evaluation itself: sealed until opened").isEqualTo(409);
        assertThat(new String(sealed.body(), StandardCharsets.UTF_8)).contains("evaluation.sealed");
        submit(edulab, vendorPath, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS"},{"requirementId":"%s","compliance":"MEETS"}],
                 "priceSek":500000}""".formatted(mandatory, usability));
        submit(skolsys, vendorPath, """
                {"responses":[{"requirementId":"%s","compliance":"DOES_NOT_MEET","explanation":"Egen inloggning"},
                              {"requirementId":"%s","compliance":"MEETS"}],"priceSek":300000}""".formatted(mandatory, usability));
        TestClock.advance(Duration.ofDays(11));
        openTenders(buyer, base, colleague);
        String edulabId = null;
        for (JsonNode row : buyer.json(base + "/evaluation").get("rows")) {
            if (row.get("vendorName").asString().startsWith("Edulab")) edulabId = row.get("vendorOrganisationId").asString();
        }
        assertThat(buyer.put(base + "/evaluation/scores", """
                {"vendorOrganisationId":"%s","requirementId":"%s","score":4}""".formatted(edulabId, usability)).statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> evaluation = buyer.download(base + "/evaluation.xlsx");
        assertThat(evaluation.statusCode()).isEqualTo(200);
        try (Workbook book = open(evaluation.body())) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Rang", "Leverantör", "Pris", "K2 (poäng 0–5)", "Kvalitet (%)", "Avdrag",
                    "Utvärderingspris", "Uppfyller inte ska-krav", "Diskvalificerad", "Skäl");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row edulabRow = null;
            Row skolsysRow = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(1).getStringCellValue().startsWith("Edulab")) edulabRow = sheet.getRow(r);
                else skolsysRow = sheet.getRow(r);
            }
            assertThat(edulabRow).isNotNull();
            Cell price = edulabRow.getCell(2);
            assertThat(price.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(price.getNumericCellValue()).isEqualTo(500_000.0);
            assertThat(price.getCellStyle().getDataFormatString()).isEqualTo("#,##0 \"kr\"");
            assertThat(edulabRow.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(edulabRow.getCell(4).getNumericCellValue()).isEqualTo(80.0);
            assertThat(edulabRow.getCell(6).getNumericCellValue()).isEqualTo(420_000.0);
            assertThat(skolsysRow.getCell(7).getStringCellValue()).isEqualTo("K1");
            assertThat(List.of(edulabRow.getCell(0), skolsysRow.getCell(0))).allMatch(c -> c.getCellType() == CellType.NUMERIC);
        }
        assertThat(ApiSession.login("alvstad-buyer1").download(base + "/evaluation.xlsx").statusCode()).isEqualTo(404);
        assertThat(edulab.download(base + "/evaluation.xlsx").statusCode()).isEqualTo(403);
    }

    private static String requirement(ApiSession buyer, String base, String text, String kind, Integer weight, String category,
                                      String need) {
        HttpResponse<String> created = buyer.post(base + "/requirements", """
                {"text":"%s","kind":"%s","weight":%s,"category":"%s","verificationMethod":"Demonstration","needIds":%s}"""
                .formatted(text, kind, weight, category, need == null ? "[]" : "[\"" + need + "\"]"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiSession.parse(created.body()).get("id").asString();
    }

    private static void submit(ApiSession vendor, String vendorPath, String tender) {
        assertThat(vendor.put(vendorPath + "/tender", tender).statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = vendor.post(vendorPath + "/tender/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    private static Workbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString()));
        return texts;
    }

    /** A workbook of one sheet: the header and the rows, numbers as number cells. */
    @SafeVarargs
    private static byte[] sheet(List<String> header, List<?>... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Krav");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                top.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].size(); i++) {
                    Object value = rows[r].get(i);
                    if (value instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (!"".equals(value)) {
                        row.createCell(i).setCellValue(String.valueOf(value));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
