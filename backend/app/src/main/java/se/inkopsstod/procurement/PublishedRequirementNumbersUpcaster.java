package se.inkopsstod.procurement;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.dialogue.DraftSharedEvent;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.TenderPublishedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * Revision 1 of the events that carry {@link PublishedRequirement}s (the published set, its
 * amendments, a draft set shared in market dialogue) had no requirement numbers: revision 2 gives
 * each published requirement the number of the requirement it is ({@link LegacyRequirementNumbers};
 * a set stored then holds only requirements written then).
 */
@Component
@Order(1)
class PublishedRequirementNumbersUpcaster extends SingleEventUpcaster {

    static final Set<String> TYPES = Set.of(TenderPublishedEvent.class.getName(), RequirementAmendedEvent.class.getName(),
            DraftSharedEvent.class.getName());

    private final LegacyRequirementNumbers numbers;
    private final JsonMapper json;

    PublishedRequirementNumbersUpcaster(LegacyRequirementNumbers numbers, JsonMapper json) {
        this.numbers = numbers;
        this.json = json;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName())
                && (representation.getType().getRevision() == null || "1".equals(representation.getType().getRevision()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"), byte[].class,
                this::numbered);
    }

    /** The payload with a {@code number} on every published requirement it holds. */
    byte[] numbered(byte[] payload) {
        ObjectNode event = (ObjectNode) json.readTree(payload);
        for (JsonNode requirement : event.path("requirements")) {
            number(requirement);
        }
        number(event.get("before"));
        number(event.get("after"));
        return json.writeValueAsBytes(event);
    }

    private void number(JsonNode requirement) {
        if (requirement instanceof ObjectNode r && !r.has("number")) {
            r.put("number", numbers.of(r.path("requirementId").asString()));
        }
    }
}
