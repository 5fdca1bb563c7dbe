package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies the opening of one procurement's tenders. Serialised as its plain string value. */
public record OpeningId(@JsonValue String value) {

    public OpeningId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("OpeningId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static OpeningId of(String value) {
        return new OpeningId(value);
    }

    /** A procurement has one: its id follows from the procurement's. */
    public static OpeningId forProcurement(ProcurementId procurement) {
        return new OpeningId(UUID.nameUUIDFromBytes(("opening|" + procurement.value()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    public static OpeningId random() {
        return new OpeningId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
