package se.inkopsstod.procurement.tender;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.inkopsstod.platform.crypto.KeyEncryptionKeys;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded from before sealing: a database at V19 holding a draft and a submitted
 * tender in the clear, in the read model and as revision-1 events (one under its type name from
 * before issue 13). After V20–V22 no price or explanation is left in the clear, the events are
 * revision 2 and every sealed value opens to exactly what was stored.
 */
@InkopsstodIntegrationTest
class LegacyTenderSealingIT {

    private static final String PROCUREMENT = "legacy-procurement";
    private static final String TENDER = "legacy-tender";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    V21__SealStoredTenders sealStoredTenders;

    @Autowired
    KeyEncryptionKeys keys;

    @Autowired
    JsonMapper json;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void tendersStoredInTheClearAreSealedInPlaceAndStillOpen() {
        String database = "legacy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.sql("create database " + database).update();
        DriverManagerDataSource legacy = new DriverManagerDataSource(url.replaceFirst("/postgres\\?", "/" + database + "?"),
                "postgres", "postgres");
        Flyway.configure().dataSource(legacy).locations("classpath:db/migration").target("19").load().migrate();
        JdbcClient old = JdbcClient.create(legacy);
        storeInTheClear(old);

        Flyway.configure().dataSource(legacy).locations("classpath:db/migration").javaMigrations(sealStoredTenders)
                .load().migrate();

        String everything = String.join("\n", old.sql("""
                select concat_ws(' | ', t.*) from tender_view t
                union all select encode(payload, 'escape') || payload_revision from domain_event_entry""")
                .query(String.class).list());
        assertThat(everything).doesNotContain("417000").doesNotContain("399000").doesNotContain("Hemlig");
        assertThat(old.sql("select count(*) from information_schema.tables where table_name like 'tender_%response'")
                .query(Long.class).single()).as("the plaintext tables are gone").isZero();

        TenderVault vault = new TenderVault(old, keys, json);
        ProcurementId procurement = ProcurementId.of(PROCUREMENT);
        TenderId tender = TenderId.of(TENDER);
        List<JsonNode> events = old.sql("select payload from domain_event_entry order by global_index")
                .query((rs, n) -> json.readTree(rs.getBytes(1))).list();
        assertThat(old.sql("select distinct payload_revision from domain_event_entry").query(String.class).list())
                .containsExactly("2");
        JsonNode saved = events.get(0);
        assertThat(saved.get("answeredRequirementIds").get(0).asString()).isEqualTo("req-1");
        assertThat(saved.get("priced").asBoolean()).isTrue();
        assertThat(vault.open(procurement, tender, json.treeToValue(saved.get("content"), SealedContent.class)))
                .isEqualTo(new TenderContent(List.of(new TenderResponse("req-1", Compliance.MEETS, "Hemlig utkast")), 399_000L));
        assertThat(vault.open(procurement, tender, json.treeToValue(events.get(1).get("content"), SealedContent.class)))
                .isEqualTo(new TenderContent(List.of(new TenderResponse("req-1", Compliance.PARTLY, "Hemlig inlämnad")), 417_000L));
        assertThat(events.get(1).get("setVersion").asInt()).isEqualTo(3);

        String draft = old.sql("select sealed_draft from tender_view").query(String.class).single();
        String submission = old.sql("select sealed_submission from tender_view").query(String.class).single();
        assertThat(vault.open(procurement, tender, new SealedContent(draft)).priceSek()).isEqualTo(399_000L);
        assertThat(vault.open(procurement, tender, new SealedContent(submission)).responses().get(0).explanation())
                .isEqualTo("Hemlig inlämnad");
        jdbc.sql("drop database " + database + " with (force)").update();
    }

    private static void storeInTheClear(JdbcClient old) {
        old.sql("""
                insert into procurement_view (procurement_id, tenant_id, title, description, category, procedure, phase,
                                              estimated_value_sek, version, created_at, updated_at)
                values (?, 'tenant-1', 'Lärplattform', '', 'LEARNING_PLATFORM', 'OPEN', 'TENDERING', 1, 1, now(), now())""")
                .param(PROCUREMENT).update();
        old.sql("""
                insert into tender_view (tender_id, procurement_id, vendor_organisation_id, status, price_sek, saved_at,
                                         submitted_at, set_version, submitted_price_sek, changed_since_submission)
                values (?, ?, 'vendor-1', 'SUBMITTED', 399000, now(), now(), 3, 417000, true)""")
                .params(TENDER, PROCUREMENT).update();
        old.sql("insert into tender_response values (?, 'req-1', 'MEETS', 'Hemlig utkast')").param(TENDER).update();
        old.sql("insert into tender_submitted_response values (?, 'req-1', 'PARTLY', 'Hemlig inlämnad')").param(TENDER).update();
        event(old, 0, "se.inkopsstod.procurement.tender.TenderSavedEvent", """
                {"tenderId":"%s","buyer":"tenant-1","procurementId":"%s","vendorOrganisationId":"vendor-1",
                 "responses":[{"requirementId":"req-1","compliance":"MEETS","explanation":"Hemlig utkast"}],"priceSek":399000}""");
        event(old, 1, "se.inkopsstod.procurement.api.TenderSubmittedEvent", """
                {"tenderId":"%s","buyer":"tenant-1","procurementId":"%s","vendorOrganisationId":"vendor-1",
                 "responses":[{"requirementId":"req-1","compliance":"PARTLY","explanation":"Hemlig inlämnad"}],"priceSek":417000,
                 "setVersion":3}""");
    }

    private static void event(JdbcClient old, int sequence, String type, String payload) {
        old.sql("""
                insert into domain_event_entry (event_identifier, payload, payload_revision, payload_type, time_stamp,
                                                aggregate_identifier, sequence_number, type)
                values (?, ?, '1', ?, '2026-11-01T10:00:00Z', ?, ?, 'Tender')""")
                .params(UUID.randomUUID().toString(), payload.formatted(TENDER, PROCUREMENT).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        type, TENDER, sequence)
                .update();
    }
}
