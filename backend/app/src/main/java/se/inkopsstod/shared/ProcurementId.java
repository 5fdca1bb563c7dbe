package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a procurement: one workspace of a tenant. Serialised as its plain string value. */
public record ProcurementId(@JsonValue String value) {

    public ProcurementId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("ProcurementId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static ProcurementId of(String value) {
        return new ProcurementId(value);
    }

    public static ProcurementId random() {
        return new ProcurementId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
