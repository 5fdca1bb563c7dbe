package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies the follow-up of one procurement's outcome. Serialised as its plain string value. */
public record FollowUpId(@JsonValue String value) {

    public FollowUpId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("FollowUpId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static FollowUpId of(String value) {
        return new FollowUpId(value);
    }

    public static FollowUpId random() {
        return new FollowUpId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
