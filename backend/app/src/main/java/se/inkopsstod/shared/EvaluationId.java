package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies the evaluation of one procurement's tenders. Serialised as its plain string value. */
public record EvaluationId(@JsonValue String value) {

    public EvaluationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("EvaluationId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static EvaluationId of(String value) {
        return new EvaluationId(value);
    }

    public static EvaluationId random() {
        return new EvaluationId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
