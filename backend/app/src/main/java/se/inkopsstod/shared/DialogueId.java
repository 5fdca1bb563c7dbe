package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies the market dialogue of one procurement. Serialised as its plain string value. */
public record DialogueId(@JsonValue String value) {

    public DialogueId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("DialogueId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static DialogueId of(String value) {
        return new DialogueId(value);
    }

    /** A procurement has one: its id follows from the procurement's. */
    public static DialogueId forProcurement(ProcurementId procurement) {
        return new DialogueId(UUID.nameUUIDFromBytes(("dialogue|" + procurement.value()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    public static DialogueId random() {
        return new DialogueId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
