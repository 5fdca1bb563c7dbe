package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person known to the application: a tenant member, a vendor user or platform staff. Serialised as its plain string value. */
public record PersonId(@JsonValue String value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("PersonId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
