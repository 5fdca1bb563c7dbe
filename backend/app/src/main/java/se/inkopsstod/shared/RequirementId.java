package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a requirement (krav) in a procurement. Serialised as its plain string value. */
public record RequirementId(@JsonValue String value) {

    public RequirementId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("RequirementId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static RequirementId of(String value) {
        return new RequirementId(value);
    }

    public static RequirementId random() {
        return new RequirementId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
