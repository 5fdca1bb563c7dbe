package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a need (behov) in a procurement. Serialised as its plain string value. */
public record NeedId(@JsonValue String value) {

    public NeedId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("NeedId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static NeedId of(String value) {
        return new NeedId(value);
    }

    public static NeedId random() {
        return new NeedId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
