package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies an attachment (a file on a procurement, a requirement or an answer). Serialised as its plain string value. */
public record AttachmentId(@JsonValue String value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("AttachmentId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static AttachmentId of(String value) {
        return new AttachmentId(value);
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
