package se.inkopsstod.procurement;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Revision 1 of {@link RequirementCreatedEvent} had no requirement number: revision 2 gets the one
 * {@link LegacyRequirementNumbers} gives it (its place among its procurement's requirements, in
 * store order). Runs after {@link MovedEventTypes} has given old events their current type name.
 */
@Component
@Order(1)
class RequirementCreatedEvent1To2Upcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(RequirementCreatedEvent.class.getName(), "2");

    private final LegacyRequirementNumbers numbers;
    private final JsonMapper json;

    RequirementCreatedEvent1To2Upcaster(LegacyRequirementNumbers numbers, JsonMapper json) {
        this.numbers = numbers;
        this.json = json;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return RequirementCreatedEvent.class.getName().equals(representation.getType().getName())
                && (representation.getType().getRevision() == null || "1".equals(representation.getType().getRevision()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, byte[].class, this::numbered);
    }

    /** The payload with {@code number} set, from the requirement id it names. */
    byte[] numbered(byte[] payload) {
        ObjectNode event = (ObjectNode) json.readTree(payload);
        event.put("number", numbers.of(event.path("requirementId").asString()));
        return json.writeValueAsBytes(event);
    }
}
