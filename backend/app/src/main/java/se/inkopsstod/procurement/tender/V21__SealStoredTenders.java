package se.inkopsstod.procurement.tender;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import se.inkopsstod.platform.crypto.KeyEncryptionKeys;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenderId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seals the tenders stored before tenders were sealed (issue 14), in place: the read model's
 * drafts and submissions, and the revision-1 {@link TenderSavedEvent}s and
 * {@link TenderSubmittedEvent}s in the event store, which become revision 2 with the same meaning.
 * Rewriting stored events is otherwise never done; here an upcaster would not do, because it would
 * leave the plaintext at rest. A Flyway Java migration (its class name is its version), so it runs
 * once, in its own transaction, before Axon reads an event; run again after a failure, it seals
 * only what is still revision 1. V22 then drops the plaintext columns.
 */
@Component
class V21__SealStoredTenders extends BaseJavaMigration {

    private final KeyEncryptionKeys keys;
    private final JsonMapper json;

    V21__SealStoredTenders(KeyEncryptionKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    public void migrate(Context context) {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        TenderVault vault = new TenderVault(jdbc, keys, json);
        sealReadModel(jdbc, vault);
        sealEvents(jdbc, vault);
        // snapshots are a cache: the next load of a tender replays its sealed events
        jdbc.sql("delete from snapshot_event_entry where type = 'Tender'").update();
    }

    private record StoredTender(String tenderId, String procurementId, String status, Long draftPrice, Long submittedPrice) {
    }

    private static void sealReadModel(JdbcClient jdbc, TenderVault vault) {
        List<StoredTender> stored = jdbc.sql("select tender_id, procurement_id, status, price_sek, submitted_price_sek from tender_view")
                .query((rs, n) -> new StoredTender(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5)))
                .list();
        for (StoredTender tender : stored) {
            ProcurementId procurement = ProcurementId.of(tender.procurementId());
            TenderId id = TenderId.of(tender.tenderId());
            SealedContent draft = vault.seal(procurement, id,
                    new TenderContent(responses(jdbc, "tender_response", tender.tenderId()), tender.draftPrice()));
            SealedContent submission = "SUBMITTED".equals(tender.status()) ? vault.seal(procurement, id,
                    new TenderContent(responses(jdbc, "tender_submitted_response", tender.tenderId()), tender.submittedPrice())) : null;
            jdbc.sql("update tender_view set sealed_draft = ?, sealed_submission = ? where tender_id = ?")
                    .params(draft.ciphertext(), submission == null ? null : submission.ciphertext(), tender.tenderId()).update();
        }
    }

    private static List<TenderResponse> responses(JdbcClient jdbc, String table, String tenderId) {
        return jdbc.sql("select requirement_id, compliance, explanation from " + table + " where tender_id = ?").param(tenderId)
                .query((rs, n) -> new TenderResponse(rs.getString(1),
                        rs.getString(2) == null ? null : Compliance.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    private record StoredTenderEventRow(long globalIndex, String type, byte[] payload) {
    }

    private void sealEvents(JdbcClient jdbc, TenderVault vault) {
        List<StoredTenderEventRow> events = jdbc.sql("""
                        select global_index, payload_type, payload from domain_event_entry
                         where (payload_type like '%.TenderSavedEvent' or payload_type like '%.TenderSubmittedEvent')
                           and coalesce(payload_revision, '1') = '1'""")
                .query((rs, n) -> new StoredTenderEventRow(rs.getLong(1), rs.getString(2), rs.getBytes(3))).list();
        for (StoredTenderEventRow event : events) {
            ObjectNode payload = (ObjectNode) json.readTree(event.payload());
            ProcurementId procurement = ProcurementId.of(payload.get("procurementId").asString());
            TenderId tender = TenderId.of(payload.get("tenderId").asString());
            List<TenderResponse> responses = new ArrayList<>();
            for (JsonNode response : payload.path("responses")) {
                responses.add(json.treeToValue(response, TenderResponse.class));
            }
            JsonNode price = payload.get("priceSek");
            Long priceSek = price == null || price.isNull() ? null : price.asLong();
            if (event.type().endsWith(".TenderSavedEvent")) {
                Set<String> answered = new TreeSet<>();
                responses.stream().filter(r -> r.compliance() != null).forEach(r -> answered.add(r.requirementId()));
                payload.set("answeredRequirementIds", json.valueToTree(answered));
                payload.put("priced", priceSek != null && priceSek > 0);
            }
            payload.remove(List.of("responses", "priceSek"));
            payload.set("content", json.valueToTree(vault.seal(procurement, tender, new TenderContent(responses, priceSek))));
            jdbc.sql("update domain_event_entry set payload = ?, payload_revision = '2' where global_index = ?")
                    .params(json.writeValueAsBytes(payload), event.globalIndex()).update();
        }
    }
}
