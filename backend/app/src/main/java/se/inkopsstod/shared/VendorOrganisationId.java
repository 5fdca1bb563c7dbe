package se.inkopsstod.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a platform-wide vendor organisation. Serialised as its plain string value. */
public record VendorOrganisationId(@JsonValue String value) {

    public VendorOrganisationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("VendorOrganisationId must be 1 to 64 characters");
        }
    }

    @JsonCreator
    public static VendorOrganisationId of(String value) {
        return new VendorOrganisationId(value);
    }

    public static VendorOrganisationId random() {
        return new VendorOrganisationId(UUID.randomUUID().toString());
    }

    /** Axon uses toString() as the aggregate identifier: keep it the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
