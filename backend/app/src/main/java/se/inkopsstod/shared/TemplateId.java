package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a template of the shared requirement library. Serialised as its plain string value. */
public record TemplateId(@JsonValue String value) {

    public TemplateId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("TemplateId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static TemplateId of(String value) {
        return new TemplateId(value);
    }

    public static TemplateId random() {
        return new TemplateId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
