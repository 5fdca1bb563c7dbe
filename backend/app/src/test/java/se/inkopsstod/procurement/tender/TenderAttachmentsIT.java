package se.inkopsstod.procurement.tender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.platform.blob.BlobStore;
import se.inkopsstod.platform.blob.LocalDiskBlobStore;
import se.inkopsstod.platform.crypto.StreamingAead;
import se.inkopsstod.procurement.attachment.AttachmentFixtures;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TestClock;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.openTenders;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * A vendor's files with its tender, over the real API, blob store (the test stack's local disk) and
 * event store: the vendor attaches a PDF, lists it and reads its own bytes back; what is stored (the
 * blob, every column of every table, the events) holds neither the file's text nor its name; nobody
 * else (another vendor, another huvudman, staff, the buyer's team before the opening) learns anything
 * of it, not even that it exists; after the deadline nothing is added or removed; once two openers
 * have opened the tenders the buyer's team reads the files of the tender as submitted, byte for byte.
 */
@InkopsstodIntegrationTest
class TenderAttachmentsIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BlobStore blobs;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void aVendorsFilesAreSealedUntilTheOpeningAndThenTheBuyerReadsTheExactBytesAsSubmitted() throws IOException {
        String marker = "Produktblad" + UUID.randomUUID().toString().replace("-", "");
        String fileName = "Edulab produktblad " + marker + ".pdf";
        byte[] pdf = AttachmentFixtures.tinyPdf("Schemalaggning " + marker);
        String sha256 = sha256(pdf);

        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession secondOpener = ApiSession.login("alvstad-buyer2");
        ApiSession edulab = ApiSession.login("edulab-1");
        ApiSession edulabColleague = ApiSession.login("edulab-2");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        String files = "/api/vendor/procurements/" + procurement + "/tender/attachments";
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Schemaläggning för grundskolan.","kind":"MANDATORY","category":"FUNCTION"}""").body()).get("id").asString();

        inviteEveryVendorAndPublish(buyer, base, 20);

        // the vendor attaches a PDF (the name in the header, percent-encoded; the declared type says nothing)
        HttpResponse<String> added = edulab.upload(files, HttpRequest.BodyPublishers.ofByteArray(pdf), "application/octet-stream",
                "X-File-Name", fileName.replace(" ", "%20"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode file = ApiSession.parse(added.body());
        String id = file.get("id").asString();
        assertThat(added.headers().firstValue("Location")).hasValue(files + "/" + id);
        assertThat(file.get("fileName").asString()).isEqualTo(fileName);
        assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(file.get("sha256").asString()).isEqualTo(sha256);
        assertThat(file.get("addedAt").asString()).isNotBlank();
        assertThat(file.get("submitted").asBoolean()).as("not submitted yet").isFalse();

        // listed and read back by the vendor, and by a colleague of the same vendor organisation
        assertThat(ids(edulab.json(files))).containsExactly(id);
        assertThat(ids(edulabColleague.json(files))).containsExactly(id);
        HttpResponse<byte[]> own = edulab.download(files + "/" + id);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(pdf);
        assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(own.headers().firstValue("Content-Length")).hasValue(String.valueOf(pdf.length));
        assertThat(own.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(own.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''Edulab%20produktblad%20");

        // sealed at rest: the blob on disk is neither the PDF nor holds its text
        Path blob = ((LocalDiskBlobStore) blobs).directory().resolve("tender-attachments/" + procurement + "/" + id);
        byte[] stored = Files.readAllBytes(blob);
        assertThat((long) stored.length).isEqualTo(StreamingAead.ciphertextLength(pdf.length));
        String storedText = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(storedText).doesNotContain(marker).doesNotContain("%PDF").doesNotContain("Schemalaggning");
        // the event says which file it is (size, SHA-256) but not its name or text, and no feed hears of it
        String payload = jdbc.sql("""
                        select convert_from(payload, 'UTF8') from domain_event_entry
                         where payload_type like '%.TenderAttachmentAddedEvent' and convert_from(payload, 'UTF8') like ?""")
                .param("%" + id + "%").query(String.class).single();
        assertThat(payload).contains(sha256, "\"sizeBytes\":" + pdf.length).doesNotContain(marker).doesNotContain("produktblad")
                .doesNotContain("application/pdf");
        assertThat(plaintextAnywhereInTheDatabase(marker)).as("the file's name or text at rest").isEmpty();
        assertThat(buyer.json("/api/tenant/activity").toString()).doesNotContain("TenderAttachment").doesNotContain(marker);

        // another vendor invited to the same procurement: its own (empty) list, nothing of Edulab's
        assertThat(skolsys.json(files)).isEmpty();
        assertThat(skolsys.download(files + "/" + id).statusCode()).isEqualTo(404);
        assertThat(skolsys.write("DELETE", files + "/" + id, "", "application/json").statusCode()).isEqualTo(404);
        // another huvudman, staff, and the buyer's team on the vendors' routes
        for (String who : List.of("fjallby-buyer1", "staff", "admin")) {
            ApiSession stranger = ApiSession.login(who);
            assertThat(stranger.get(files).statusCode()).as(who).isIn(403, 404);
            assertThat(stranger.download(files + "/" + id).statusCode()).as(who).isIn(403, 404);
            assertThat(stranger.download(base + "/tenders/" + edulabId(buyer) + "/attachments/" + id).statusCode()).as(who)
                    .isIn(403, 404);
        }
        assertThat(buyer.get(files).statusCode()).isIn(403, 404);
        assertThat(buyer.download(files + "/" + id).statusCode()).isIn(403, 404);

        // the buyer's team before the opening: the same 409 whoever is named, so not even that a file exists
        String edulabId = edulabId(buyer);
        String sealedAnswer = null;
        for (String vendor : List.of(edulabId, skolsysId(buyer), UUID.randomUUID().toString())) {
            HttpResponse<String> list = buyer.get(base + "/tenders/" + vendor + "/attachments");
            assertThat(list.statusCode()).isEqualTo(409);
            assertThat(code(list)).isEqualTo("evaluation.sealed");
            assertThat(list.body()).doesNotContain(marker).doesNotContain(id);
            String answer = list.body().replace(vendor, "");
            assertThat(sealedAnswer == null || sealedAnswer.equals(answer)).as("the same answer for every vendor").isTrue();
            sealedAnswer = answer;
            assertThat(buyer.download(base + "/tenders/" + vendor + "/attachments/" + id).statusCode()).isEqualTo(409);
        }

        // the tender is submitted with the file; a file attached later waits for the next submission
        assertThat(edulab.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS","explanation":"Se produktbladet."}],"priceSek":420000}"""
                .formatted(requirement)).statusCode()).isEqualTo(200);
        assertThat(edulab.post(tender + "/submit", "").statusCode()).isEqualTo(200);
        assertThat(edulab.json(files).get(0).get("submitted").asBoolean()).isTrue();
        byte[] later = "Prislista efter inlamning\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> laterAdded = edulab.upload(files + "?name=prislista.txt", later, "text/plain");
        assertThat(laterAdded.statusCode()).as(laterAdded.body()).isEqualTo(201);
        String laterId = ApiSession.parse(laterAdded.body()).get("id").asString();
        assertThat(ApiSession.parse(laterAdded.body()).get("submitted").asBoolean()).isFalse();
        assertThat(edulab.json(tender).get("changedSinceSubmission").asBoolean()).isTrue();
        // one more, removed again before the deadline
        String removedId = ApiSession.parse(edulab.upload(files + "?name=utkast.pdf", AttachmentFixtures.tinyPdf("Utkast"),
                "application/pdf").body()).get("id").asString();
        assertThat(edulab.write("DELETE", files + "/" + removedId, "", "application/json").statusCode()).isEqualTo(204);
        assertThat(edulab.write("DELETE", files + "/" + removedId, "", "application/json").statusCode()).isEqualTo(404);
        assertThat(edulab.download(files + "/" + removedId).statusCode()).isEqualTo(404);
        assertThat(ids(edulab.json(files))).containsExactly(id, laterId);
        // what the type is decides, as for every attachment
        HttpResponse<String> page = edulab.upload(files + "?name=produktblad.pdf",
                "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), "application/pdf");
        assertThat(page.statusCode()).isEqualTo(415);
        assertThat(ids(edulab.json(files))).containsExactly(id, laterId);

        // after the deadline: nothing is added or removed, the vendor still reads its own
        TestClock.advance(Duration.ofDays(21));
        HttpResponse<String> late = edulab.upload(files + "?name=sen.pdf", AttachmentFixtures.tinyPdf("Sen"), "application/pdf");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(code(late)).isEqualTo("tender.deadline-passed");
        HttpResponse<String> lateRemoval = edulab.write("DELETE", files + "/" + laterId, "", "application/json");
        assertThat(lateRemoval.statusCode()).isEqualTo(409);
        assertThat(code(lateRemoval)).isEqualTo("tender.deadline-passed");
        assertThat(ids(edulab.json(files))).containsExactly(id, laterId);
        assertThat(edulab.download(files + "/" + id).body()).isEqualTo(pdf);
        // past the deadline but not opened: still sealed for the buyer
        assertThat(buyer.get(base + "/tenders/" + edulabId + "/attachments").statusCode()).isEqualTo(409);

        // opened by two openers: the buyer's team reads the files of the tender as submitted, byte for byte
        openTenders(buyer, base, secondOpener);
        JsonNode opened = buyer.json(base + "/tenders/" + edulabId + "/attachments");
        assertThat(ids(opened)).as("as submitted: not the file attached afterwards, never submitted").containsExactly(id);
        assertThat(opened.get(0).get("fileName").asString()).isEqualTo(fileName);
        assertThat(opened.get(0).get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(opened.get(0).get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(opened.get(0).get("sha256").asString()).isEqualTo(sha256);
        HttpResponse<byte[]> download = secondOpener.download(base + "/tenders/" + edulabId + "/attachments/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(sha256(download.body())).isEqualTo(sha256).isEqualTo(payloadSha256(payload));
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(buyer.download(base + "/tenders/" + edulabId + "/attachments/" + laterId).statusCode()).isEqualTo(404);
        assertThat(buyer.download(base + "/tenders/" + edulabId + "/attachments/" + removedId).statusCode()).isEqualTo(404);
        assertThat(buyer.get(base + "/tenders/" + skolsysId(buyer) + "/attachments").statusCode())
                .as("a vendor that submitted nothing").isEqualTo(404);
        assertThat(buyer.download(base + "/tenders/" + skolsysId(buyer) + "/attachments/" + id).statusCode()).isEqualTo(404);
        // another huvudman still gets nothing, nor does another procurement's id reach the file
        assertThat(ApiSession.login("fjallby-buyer1").get(base + "/tenders/" + edulabId + "/attachments").statusCode())
                .isEqualTo(404);
        String other = procurementWithTeam(buyer);
        assertThat(buyer.download("/api/procurements/" + other + "/tenders/" + edulabId + "/attachments/" + id).statusCode())
                .isIn(404, 409);
    }

    private String payloadSha256(String payload) {
        return ApiSession.parse(payload).get("sha256").asString();
    }

    private static String edulabId(ApiSession buyer) {
        return vendorId(buyer, "Edulab");
    }

    private static String skolsysId(ApiSession buyer) {
        return vendorId(buyer, "Skolsystem");
    }

    private static String vendorId(ApiSession buyer, String name) {
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            if (vendor.get("name").asString().startsWith(name)) {
                return vendor.get("id").asString();
            }
        }
        throw new AssertionError("no vendor " + name);
    }

    /** Rows of any table whose any column holds {@code planted} (bytea read as escaped bytes, so JSON payloads read as written). */
    private List<String> plaintextAnywhereInTheDatabase(String planted) {
        List<String> leaks = new ArrayList<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE'").query(String.class).list()) {
            List<String> columns = jdbc.sql("""
                            select column_name, data_type from information_schema.columns
                             where table_schema = 'public' and table_name = ?""")
                    .param(table)
                    .query((rs, n) -> "bytea".equals(rs.getString(2))
                            ? "encode(\"" + rs.getString(1) + "\", 'escape')"
                            : "\"" + rs.getString(1) + "\"::text")
                    .list();
            jdbc.sql("select concat_ws(' | ', " + String.join(", ", columns) + ") from \"" + table + "\"")
                    .query(String.class).list().stream()
                    .filter(text -> text != null && text.contains(planted))
                    .forEach(text -> leaks.add(table + ": " + (text.length() > 200 ? text.substring(0, 200) : text)));
        }
        return leaks;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(a -> ids.add(a.get("id").asString()));
        return ids;
    }

    private static String code(HttpResponse<String> response) {
        return ApiSession.parse(response.body()).path("code").asString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
