package se.inkopsstod.procurement.vendors;

import se.inkopsstod.procurement.model.PublishedRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The fields an amendment changed, with values as text (what vendors read). */
final class AmendmentChanges {

    private static final List<Field> FIELDS = List.of(
            new Field("text", PublishedRequirement::text),
            new Field("kind", r -> r.kind() == null ? null : r.kind().name()),
            new Field("weight", r -> r.weight() == null ? null : r.weight().toString()),
            new Field("category", r -> r.category() == null ? null : r.category().name()),
            new Field("verificationMethod", PublishedRequirement::verificationMethod));

    private AmendmentChanges() {
    }

    static List<Change> between(PublishedRequirement before, PublishedRequirement after) {
        List<Change> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            String from = before == null ? null : field.value().apply(before);
            String to = after == null ? null : field.value().apply(after);
            if (!Objects.equals(from, to)) {
                changes.add(new Change(field.name(), from, to));
            }
        }
        return changes;
    }

    /** One field an amendment changed; {@code from} is null for none, {@code to} null when withdrawn. */
    record Change(String field, String from, String to) {
    }

    private record Field(String name, Function<PublishedRequirement, String> value) {
    }
}
