package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a question or clarification in a procurement. Serialised as its plain string value. */
public record QuestionId(@JsonValue String value) {

    public QuestionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("QuestionId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static QuestionId of(String value) {
        return new QuestionId(value);
    }

    public static QuestionId random() {
        return new QuestionId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
