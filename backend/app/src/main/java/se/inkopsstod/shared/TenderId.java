package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one vendor organisation's tender in one procurement. Serialised as its plain string value. */
public record TenderId(@JsonValue String value) {

    public TenderId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("TenderId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static TenderId of(String value) {
        return new TenderId(value);
    }

    public static TenderId random() {
        return new TenderId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
