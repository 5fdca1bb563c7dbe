package se.inkopsstod.procurement.attachment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.platform.blob.BlobStore;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * Attachments over the real API and the real blob store (the local disk of the test stack): a PDF
 * attached to a requirement comes back byte for byte with its SHA-256 in the list, the headers and
 * the event; what its bytes are decides, not what the upload says; the size limit holds with and
 * without a Content-Length; the team reads, only buyers write, invited vendors read what was
 * published to them, and nobody else learns anything.
 */
@InkopsstodIntegrationTest
class AttachmentsIT {

    /** DevStackInitializer sets the limit to 1 MB for the tests. */
    private static final int LIMIT = 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BlobStore blobs;

    @Test
    void aPdfOnARequirementComesBackByteForByteWithItsSha256() throws IOException {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession colleague = ApiSession.login("larande-user1");
        String procurement = procurementWithTeam(buyer, colleague);
        String base = "/api/procurements/" + procurement;
        String requirement = requirement(buyer, base, "Tjänsten ska följa bifogad informationssäkerhetsbilaga.");
        byte[] pdf = AttachmentFixtures.tinyPdf("Informationssakerhet");
        String sha256 = sha256(pdf);

        // the name in the header, percent-encoded UTF-8; a declared type that says nothing
        HttpResponse<String> added = buyer.upload(base + "/attachments?target=REQUIREMENT&targetId=" + requirement,
                HttpRequest.BodyPublishers.ofByteArray(pdf), "application/octet-stream",
                "X-File-Name", "Informationss%C3%A4kerhet%20bilaga%203.pdf");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode attachment = ApiSession.parse(added.body());
        String id = attachment.get("id").asString();
        assertThat(added.headers().firstValue("Location")).hasValue(base + "/attachments/" + id);
        assertThat(attachment.get("target").asString()).isEqualTo("REQUIREMENT");
        assertThat(attachment.get("targetId").asString()).isEqualTo(requirement);
        assertThat(attachment.get("fileName").asString()).isEqualTo("Informationssäkerhet bilaga 3.pdf");
        assertThat(attachment.get("contentType").asString()).as("sniffed from the bytes").isEqualTo("application/pdf");
        assertThat(attachment.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(attachment.get("sha256").asString()).isEqualTo(sha256);
        assertThat(attachment.get("addedBy").get("id").asString()).isEqualTo(buyer.json("/api/me").get("id").asString());
        assertThat(attachment.get("addedBy").get("name").asString()).isNotBlank();
        assertThat(attachment.get("addedAt").asString()).isNotBlank();

        // the event says which file was seen
        String payload = jdbc.sql("""
                        select convert_from(payload, 'UTF8') from domain_event_entry
                         where aggregate_identifier = ? and payload_type like '%AttachmentAddedEvent'""")
                .param(id).query(String.class).single();
        assertThat(payload).contains(sha256, "\"sizeBytes\":" + pdf.length, "application/pdf", requirement);

        // listed for the team, filtered by target
        JsonNode listed = colleague.json(base + "/attachments");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("sha256").asString()).isEqualTo(sha256);
        assertThat(buyer.json(base + "/attachments?target=REQUIREMENT&targetId=" + requirement)).hasSize(1);
        assertThat(buyer.json(base + "/attachments?target=ANSWER")).isEmpty();
        assertThat(buyer.json(base + "/attachments?target=REQUIREMENT&targetId=" + procurement)).isEmpty();

        // downloaded by the team as a download, never sniffed, tagged with the SHA-256
        HttpResponse<byte[]> download = colleague.download(base + "/attachments/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(sha256(download.body())).isEqualTo(sha256);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Length")).hasValue(String.valueOf(pdf.length));
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"Informationss_kerhet bilaga 3.pdf\"; filename*=UTF-8''Informationss%C3%A4kerhet%20bilaga%203.pdf");

        // a second file on the procurement itself, named by the query parameter
        byte[] csv = "Krav;Vikt\nInloggning;10\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> onProcurement = buyer.upload(base + "/attachments?target=PROCUREMENT&name=prisbilaga.csv", csv, "text/plain");
        assertThat(onProcurement.statusCode()).as(onProcurement.body()).isEqualTo(201);
        assertThat(ApiSession.parse(onProcurement.body()).get("targetId").asString()).isEqualTo(procurement);
        assertThat(ApiSession.parse(onProcurement.body()).get("contentType").asString()).isEqualTo("text/csv");
        assertThat(buyer.json(base + "/attachments")).hasSize(2);
    }

    @Test
    void whatTheBytesAreDecidesAndTheLimitHolds() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        String requirement = requirement(buyer, base, "Tjänsten ska ha en exitplan.");
        String upload = base + "/attachments?target=REQUIREMENT&targetId=" + requirement + "&name=";
        long before = partialUploads();

        // a program and a web page, named and declared as PDFs
        HttpResponse<String> program = buyer.upload(upload + "exitplan.pdf", AttachmentFixtures.elf(), "application/pdf");
        assertThat(program.statusCode()).as(program.body()).isEqualTo(415);
        assertThat(program.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(ApiSession.parse(program.body()).get("code").asString()).isEqualTo("attachment.type-not-allowed");
        HttpResponse<String> page = buyer.upload(upload + "exitplan.pdf", AttachmentFixtures.html(), "application/pdf");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(415);
        assertThat(ApiSession.parse(page.body()).get("detectedType").asString()).isEqualTo("text/html");
        // plain text is fine as text, not as a PDF
        HttpResponse<String> text = buyer.upload(upload + "exitplan.pdf", "Exitplan".getBytes(StandardCharsets.UTF_8), "application/pdf");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(ApiSession.parse(text.body()).get("code").asString()).isEqualTo("attachment.type-mismatch");

        // over the limit: by the declared length before a byte is read, and while streaming a body of unknown length
        byte[] large = AttachmentFixtures.tinyPdf("x".repeat(LIMIT));
        assertThat(large.length).isGreaterThan(LIMIT);
        HttpResponse<String> declared = buyer.upload(upload + "stor.pdf", large, "application/pdf");
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(ApiSession.parse(declared.body()).get("code").asString()).isEqualTo("too-large");
        assertThat(ApiSession.parse(declared.body()).get("maxBytes").asLong()).isEqualTo(LIMIT);
        HttpResponse<String> chunked = buyer.upload(upload + "stor.pdf",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)), "application/pdf");
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(ApiSession.parse(chunked.body()).get("code").asString()).isEqualTo("too-large");
        // just under the limit, of unknown length, is fine
        byte[] fits = AttachmentFixtures.tinyPdf("x".repeat(LIMIT - 1000));
        HttpResponse<String> fitting = buyer.upload(upload + "stor.pdf",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fits)), "application/pdf");
        assertThat(fitting.statusCode()).as(fitting.body()).isEqualTo(201);
        assertThat(ApiSession.parse(fitting.body()).get("sha256").asString()).isEqualTo(sha256(fits));

        // nothing to attach to, no name, nothing in it
        assertThat(ApiSession.parse(buyer.upload(base + "/attachments?target=REQUIREMENT&targetId=no-such&name=a.pdf",
                AttachmentFixtures.tinyPdf("a"), "application/pdf").body()).get("code").asString()).isEqualTo("attachment.unknown-target");
        assertThat(buyer.upload(base + "/attachments?target=REQUIREMENT&targetId=" + requirement,
                AttachmentFixtures.tinyPdf("a"), "application/pdf").statusCode()).isEqualTo(400);
        assertThat(ApiSession.parse(buyer.upload(upload + "tom.pdf", new byte[0], "application/pdf").body()).get("code").asString())
                .isEqualTo("attachment.empty");

        assertThat(buyer.json(base + "/attachments")).as("only the file that fits").hasSize(1);
        assertThat(partialUploads()).as("no temporary file left behind").isEqualTo(before);
    }

    @Test
    void theTeamReadsBuyersWriteVendorsReadWhatWasPublishedAndNobodyElseAnything() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession colleague = ApiSession.login("larande-user1");
        ApiSession edulab = ApiSession.login("edulab-1");
        String procurement = procurementWithTeam(buyer, colleague);
        String base = "/api/procurements/" + procurement;
        String vendorBase = "/api/vendor/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = requirement(buyer, base, "Tjänsten ska stödja SS 12000.");
        byte[] pdf = AttachmentFixtures.tinyPdf("SS 12000");
        String onRequirement = attach(buyer, base, "REQUIREMENT", requirement, "ss12000.pdf", pdf);
        String onProcurement = attach(buyer, base, "PROCUREMENT", procurement, "underlag.pdf", AttachmentFixtures.tinyPdf("Underlag"));
        for (JsonNode vendor : buyer.json("/api/vendor-directory")) {
            if (vendor.get("name").asString().startsWith("Edulab")) {
                assertThat(buyer.post(base + "/vendors", "{\"vendorOrganisationId\":\"" + vendor.get("id").asString() + "\"}")
                        .statusCode()).isEqualTo(200);
            }
        }

        // the team member reads, only a buyer writes
        assertThat(colleague.json(base + "/attachments")).hasSize(2);
        assertThat(colleague.upload(base + "/attachments?name=a.pdf", pdf, "application/pdf").statusCode()).isEqualTo(403);
        assertThat(colleague.write("DELETE", base + "/attachments/" + onRequirement, "", "application/json").statusCode()).isEqualTo(403);

        // invited, but nothing is published yet
        assertThat(edulab.json(vendorBase + "/attachments")).isEmpty();
        assertThat(edulab.download(vendorBase + "/attachments/" + onRequirement).statusCode()).isEqualTo(404);
        assertThat(edulab.get(base + "/attachments").statusCode()).as("the team's route is not a vendor's").isIn(403, 404);

        Instant deadline = Instant.now().plus(20, ChronoUnit.DAYS);
        assertThat(buyer.post(base + "/publish", """
                {"tenderDeadline":"%s","lastQuestionDay":"%s","evaluationModel":"LOWEST_PRICE"}"""
                .formatted(deadline, LocalDate.ofInstant(deadline, ZoneId.of("Europe/Stockholm")).minusDays(8))).statusCode())
                .isEqualTo(200);

        // published: the procurement's and the published requirement's files, without who on the team added them
        JsonNode seen = edulab.json(vendorBase + "/attachments");
        assertThat(ids(seen)).containsExactlyInAnyOrder(onRequirement, onProcurement);
        assertThat(seen.get(0).has("addedBy")).isFalse();
        assertThat(ids(edulab.json(vendorBase + "/attachments?target=REQUIREMENT"))).containsExactly(onRequirement);
        HttpResponse<byte[]> vendorDownload = edulab.download(vendorBase + "/attachments/" + onRequirement);
        assertThat(vendorDownload.statusCode()).isEqualTo(200);
        assertThat(vendorDownload.body()).isEqualTo(pdf);

        // an answer's file: for vendors only once the answer is published
        String question = ApiSession.parse(edulab.post(vendorBase + "/questions", "{\"text\":\"Vilken version av SS 12000?\"}").body())
                .get("id").asString();
        String onAnswer = attach(buyer, base, "ANSWER", question, "svar.pdf", AttachmentFixtures.tinyPdf("Svar"));
        assertThat(ids(edulab.json(vendorBase + "/attachments"))).doesNotContain(onAnswer);
        assertThat(edulab.download(vendorBase + "/attachments/" + onAnswer).statusCode()).isEqualTo(404);
        String path = base + "/questions/" + question;
        assertThat(buyer.write("PATCH", path, "{\"baseVersion\":1,\"changes\":{\"answer\":\"SS 12000:2020.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.post(path + "/publish", "").statusCode()).isEqualTo(200);
        assertThat(ids(edulab.json(vendorBase + "/attachments?target=ANSWER&targetId=" + question))).containsExactly(onAnswer);
        assertThat(edulab.download(vendorBase + "/attachments/" + onAnswer).statusCode()).isEqualTo(200);

        // nobody else learns anything: another huvudman, an uninvited vendor, association staff
        ApiSession stranger = ApiSession.login("alvstad-buyer1");
        assertThat(stranger.get(base + "/attachments").statusCode()).isEqualTo(404);
        assertThat(stranger.download(base + "/attachments/" + onRequirement).statusCode()).isEqualTo(404);
        assertThat(stranger.upload(base + "/attachments?name=a.pdf", pdf, "application/pdf").statusCode()).isEqualTo(404);
        assertThat(stranger.write("DELETE", base + "/attachments/" + onRequirement, "", "application/json").statusCode()).isEqualTo(404);
        ApiSession uninvited = ApiSession.login("skolsys-1");
        assertThat(uninvited.get(vendorBase + "/attachments").statusCode()).isEqualTo(404);
        assertThat(uninvited.download(vendorBase + "/attachments/" + onRequirement).statusCode()).isEqualTo(404);
        assertThat(uninvited.download(base + "/attachments/" + onRequirement).statusCode()).isIn(403, 404);
        ApiSession staff = ApiSession.login("staff");
        assertThat(staff.get(base + "/attachments").statusCode()).isIn(403, 404);
        assertThat(staff.download(base + "/attachments/" + onRequirement).statusCode()).isIn(403, 404);
        assertThat(staff.download(vendorBase + "/attachments/" + onRequirement).statusCode()).isIn(403, 404);
        // another procurement's id does not reach this one's files
        String other = procurementWithTeam(buyer);
        assertThat(buyer.download("/api/procurements/" + other + "/attachments/" + onRequirement).statusCode()).isEqualTo(404);

        // a removal is an event; the file is gone from the workspace and the vendors' view, the blob stays for the record
        assertThat(buyer.write("DELETE", base + "/attachments/" + onRequirement, "", "application/json").statusCode()).isEqualTo(204);
        assertThat(ids(buyer.json(base + "/attachments"))).containsExactlyInAnyOrder(onProcurement, onAnswer);
        assertThat(buyer.download(base + "/attachments/" + onRequirement).statusCode()).isEqualTo(404);
        assertThat(edulab.download(vendorBase + "/attachments/" + onRequirement).statusCode()).isEqualTo(404);
        assertThat(buyer.write("DELETE", base + "/attachments/" + onRequirement, "", "application/json").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type like '%AttachmentRemovedEvent'")
                .param(onRequirement).query(Long.class).single()).isEqualTo(1);
        assertThat(blobs.exists("attachments/" + procurement + "/" + onRequirement)).isTrue();
    }

    private static String attach(ApiSession buyer, String base, String target, String targetId, String name, byte[] bytes) {
        HttpResponse<String> added = buyer.upload(base + "/attachments?target=" + target + "&targetId=" + targetId + "&name=" + name,
                bytes, "application/pdf");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return ApiSession.parse(added.body()).get("id").asString();
    }

    private static String requirement(ApiSession buyer, String base, String text) {
        HttpResponse<String> created = buyer.post(base + "/requirements", """
                {"text":"%s","kind":"MANDATORY","category":"INTEROPERABILITY","verificationMethod":"Demonstration","needIds":[]}"""
                .formatted(text));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiSession.parse(created.body()).get("id").asString();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(a -> ids.add(a.get("id").asString()));
        return ids;
    }

    /** Temporary files of uploads in the app's (this JVM's) temporary directory. */
    private static long partialUploads() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("inkopsstod-upload-")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
