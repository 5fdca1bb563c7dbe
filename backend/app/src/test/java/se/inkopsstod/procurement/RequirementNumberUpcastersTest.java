package se.inkopsstod.procurement;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import se.inkopsstod.procurement.model.TenderPublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored before requirement numbers were recorded (revision 1) read as revision 2 with the
 * numbers {@link LegacyRequirementNumbers} gives, also when stored under their old type name.
 */
class RequirementNumberUpcastersTest {

    private static final Map<String, Integer> LEGACY = Map.of("req-a", 1, "req-b", 2, "req-c", 3);

    private final JsonMapper json = JsonMapper.builder().build();
    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    private final LegacyRequirementNumbers numbers = new LegacyRequirementNumbers(null) {
        @Override
        public int of(String requirementId) {
            return LEGACY.getOrDefault(requirementId, 0);
        }
    };
    private final EventUpcasterChain chain = new EventUpcasterChain(new MovedEventTypes(),
            new RequirementCreatedEvent1To2Upcaster(numbers, json), new PublishedRequirementNumbersUpcaster(numbers, json));

    @Test
    void aRequirementCreatedBeforeNumbersGetsItsPlaceInItsProcurement() {
        RequirementCreatedEvent event = (RequirementCreatedEvent) upcast("se.inkopsstod.procurement.api.RequirementCreatedEvent", "1", """
                {"requirementId":"req-b","tenantId":"tenant-alvstad","procurementId":"procurement-lms",
                 "content":{"text":"Krav","kind":"MANDATORY","weight":null,"category":"FUNCTION","verificationMethod":"Intyg",
                            "needIds":[]},"template":null,"createdBy":"member-johan"}""");

        assertThat(event.number()).isEqualTo(2);
        assertThat(event.requirementId().value()).isEqualTo("req-b");
        assertThat(event.content().text()).isEqualTo("Krav");
    }

    @Test
    void aRequirementCreatedWithItsNumberIsLeftAsItIs() {
        RequirementCreatedEvent event = (RequirementCreatedEvent) upcast(RequirementCreatedEvent.class.getName(), "2", """
                {"requirementId":"req-b","tenantId":"tenant-alvstad","procurementId":"procurement-lms","number":7,
                 "content":{"text":"Krav","kind":"MANDATORY","weight":null,"category":"FUNCTION","verificationMethod":"Intyg",
                            "needIds":[]},"template":null,"createdBy":"member-johan"}""");

        assertThat(event.number()).isEqualTo(7);
    }

    @Test
    void aPublishedSetAndAnAmendmentStoredBeforeNumbersGetTheRequirementsNumbers() {
        TenderPublishedEvent published = (TenderPublishedEvent) upcast(TenderPublishedEvent.class.getName(), "1", """
                {"procurementId":"procurement-lms","tenantId":"tenant-alvstad","tenderDeadline":"2026-03-30T10:00:00Z",
                 "lastQuestionDay":"2026-03-20","evaluationModel":"LOWEST_PRICE","accelerated":false,"qualityValueSek":null,
                 "requirements":[%s,%s]}""".formatted(requirement("req-c"), requirement("req-a")));
        assertThat(published.requirements()).extracting(r -> r.requirementId() + "=" + r.number()).containsExactly("req-c=3", "req-a=1");

        RequirementAmendedEvent amended = (RequirementAmendedEvent) upcast("se.inkopsstod.procurement.api.RequirementAmendedEvent", "1", """
                {"procurementId":"procurement-lms","tenantId":"tenant-alvstad","number":1,"setVersion":2,"requirementId":"req-b",
                 "before":%s,"after":null,"reason":"Behövs inte","closeToDeadline":false}""".formatted(requirement("req-b")));
        assertThat(amended.before().number()).isEqualTo(2);
        assertThat(amended.after()).isNull();
    }

    private static String requirement(String id) {
        return """
                {"requirementId":"%s","text":"Krav","kind":"MANDATORY","weight":null,"category":"FUNCTION","verificationMethod":"Intyg"}"""
                .formatted(id);
    }

    private Object upcast(String type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Requirement", "agg-1", 0, "event-1",
                "2026-03-01T10:00:00Z", type, revision, payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = chain.upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        SerializedObject<?> data = upcast.get(0).getData();
        assertThat(data.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(data);
    }
}
