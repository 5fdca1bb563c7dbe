package se.inkopsstod.procurement.tender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TestClock;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.openTenders;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * What an operator with database access sees of a tender before opening: nothing. Plants a price
 * and explanations in a saved, submitted and changed tender, then reads every column of every
 * table (the event store's payloads and snapshots decoded, read models, keys) and finds none of
 * them; after the deadline the buyer's team opens exactly what was planted. Kafka: TopicAudienceIT.
 */
@InkopsstodIntegrationTest
class SealedAtRestIT {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void noPlantedPriceOrExplanationIsReadableAnywhereInTheDatabaseUntilOpening() {
        String marker = UUID.randomUUID().toString().replace("-", "");
        String submittedExplanation = "Inlamnad forklaring " + marker;
        String draftExplanation = "Andrad forklaring " + marker;
        long submittedPrice = 700_000_000L + Math.floorMod(marker.hashCode(), 99_999_999);
        long draftPrice = submittedPrice + 1;

        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession edulab = ApiSession.login("edulab-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Inloggning med Skolfederation.","kind":"MANDATORY","category":"SECURITY_AND_PRIVACY"}""").body())
                .get("id").asString();
        inviteEveryVendorAndPublish(buyer, base, 20);
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        HttpResponse<String> saved = edulab.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS","explanation":"%s"}],"priceSek":%d}"""
                .formatted(requirement, submittedExplanation, submittedPrice));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(edulab.post(tender + "/submit", "").statusCode()).isEqualTo(200);
        assertThat(edulab.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"PARTLY","explanation":"%s"}],"priceSek":%d}"""
                .formatted(requirement, draftExplanation, draftPrice)).statusCode()).isEqualTo(200);
        JsonNode own = edulab.json(tender);
        assertThat(own.get("priceSek").asLong()).as("the vendor reads its own draft back").isEqualTo(draftPrice);
        assertThat(own.get("responses").get(0).get("explanation").asString()).isEqualTo(draftExplanation);

        List<String> planted = List.of(marker, String.valueOf(submittedPrice), String.valueOf(draftPrice));
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE'").query(String.class).list();
        assertThat(tables).contains("domain_event_entry", "snapshot_event_entry", "tender_view", "tender_data_key");
        List<String> leaks = new ArrayList<>();
        for (String table : tables) {
            for (String text : everyValueAsText(table)) {
                planted.stream().filter(text::contains).forEach(p -> leaks.add(table + ": " + abbreviate(text)));
            }
        }
        assertThat(leaks).as("plaintext tender content at rest").isEmpty();
        assertThat(jdbc.sql("select count(*) from domain_event_entry where payload_type like '%.TenderSavedEvent'"
                + " and convert_from(payload, 'UTF8') like '%\"content\"%'").query(Long.class).single())
                .as("the scan saw the sealed events").isPositive();

        TestClock.advance(Duration.ofDays(21));
        openTenders(buyer, base, ApiSession.login("alvstad-buyer2"));
        JsonNode opened = buyer.json(base + "/tenders").get("tenders").get(0);
        assertThat(opened.get("priceSek").asLong()).as("opening unwraps what was submitted").isEqualTo(submittedPrice);
        assertThat(opened.get("responses").get(0).get("explanation").asString()).isEqualTo(submittedExplanation);
    }

    /** Every column of every row as text; bytea decoded as escaped bytes, so JSON payloads read as written. */
    private List<String> everyValueAsText(String table) {
        List<String> columns = jdbc.sql("""
                        select column_name, data_type from information_schema.columns
                         where table_schema = 'public' and table_name = ?""")
                .param(table)
                .query((rs, n) -> "bytea".equals(rs.getString(2))
                        ? "encode(\"" + rs.getString(1) + "\", 'escape')"
                        : "\"" + rs.getString(1) + "\"::text")
                .list();
        return jdbc.sql("select concat_ws(' | ', " + String.join(", ", columns) + ") from \"" + table + "\"")
                .query(String.class).list();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
