package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a comment on a need or requirement. Serialised as its plain string value. */
public record CommentId(@JsonValue String value) {

    public CommentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("CommentId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static CommentId of(String value) {
        return new CommentId(value);
    }

    public static CommentId random() {
        return new CommentId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
