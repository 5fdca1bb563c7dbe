package se.inkopsstod.procurement;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events written before their classes moved out of procurement.api still load: a need proposed
 * and then stored under the old type name replays as the event it is, for the aggregate, the
 * history and the workspace as of a moment.
 */
@InkopsstodIntegrationTest
class MovedEventTypesIT {

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventStoredUnderItsOldTypeNameStillReplays() {
        ApiSession buyer = ApiSession.login("fjallby-buyer1");
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Gammal historik %s","category":"assessment","procedure":"OPEN","estimatedValueSek":1}"""
                .formatted(UUID.randomUUID())).body()).get("id").asString();
        String statement = "Behov skrivet före flytten " + UUID.randomUUID();
        String need = ApiSession.parse(buyer.post("/api/procurements/" + procurement + "/needs", """
                {"statement":"%s","perspective":"teacher","schoolProcess":"assessment","priority":"HIGH"}""".formatted(statement))
                .body()).get("id").asString();
        Instant afterProposal = Instant.now();

        int rewritten = jdbc.sql("""
                        update domain_event_entry set payload_type = 'se.inkopsstod.procurement.api.NeedProposedEvent'
                         where aggregate_identifier = ? and payload_type = ?""")
                .params(need, NeedProposedEvent.class.getName()).update();
        assertThat(rewritten).as("the need's first event, now under its old name").isEqualTo(1);

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(need).asStream().toList();
        assertThat(events.get(0).getPayload()).isInstanceOf(NeedProposedEvent.class);
        assertThat(((NeedProposedEvent) events.get(0).getPayload()).content().statement()).isEqualTo(statement);

        assertThat(buyer.get("/api/procurements/" + procurement + "/as-of?at=" + afterProposal.plusSeconds(1)).body())
                .contains(statement);
        assertThat(buyer.json("/api/procurements/" + procurement + "/needs/" + need + "/history").get(0).get("type").asString())
                .isEqualTo("NeedProposed");
        assertThat(buyer.put("/api/procurements/" + procurement + "/needs/" + need + "/endorsement", "").statusCode()).isEqualTo(200);
    }
}
