package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a lesson learned. Serialised as its plain string value. */
public record LessonId(@JsonValue String value) {

    public LessonId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("LessonId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static LessonId of(String value) {
        return new LessonId(value);
    }

    public static LessonId random() {
        return new LessonId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
