package se.inkopsstod.procurement.coediting;

import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.EditableField;
import se.inkopsstod.shared.FieldConflict;
import se.inkopsstod.shared.PersonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Field-level optimistic co-editing for an aggregate: remembers, per field, at which version and
 * by whom it last changed. An edit names the version its author saw; a field someone else has
 * changed since then (to something other than what the editor wants) is a conflict, every other
 * field merges. Part of an aggregate's state, rebuilt from its events.
 *
 * @param <F> the aggregate's field enum
 */
public final class FieldVersions<F extends Enum<F> & EditableField> {

    // a plain map of plain values: it is part of the aggregate's snapshot
    private final Map<F, Stamp> lastChange = new HashMap<>();

    /**
     * The fields that really change, or an {@link EditConflictException} naming those someone
     * else changed after {@code baseVersion}.
     *
     * @param current reads a field's value now
     * @param wanted  reads the value the editor wants
     */
    public Set<F> changes(long baseVersion, PersonId editor, Set<F> fields, Function<F, Object> current,
                          Function<F, Object> wanted, Class<F> type) {
        Set<F> changed = EnumSet.noneOf(type);
        List<FieldConflict> conflicts = new ArrayList<>();
        for (F field : fields) {
            Object value = wanted.apply(field);
            if (Objects.equals(value, current.apply(field))) {
                continue;
            }
            Stamp stamp = lastChange.get(field);
            if (stamp != null && stamp.version() > baseVersion && !stamp.by().equals(editor)) {
                conflicts.add(new FieldConflict(field.apiName(), value, current.apply(field),
                        new FieldConflict.Person(stamp.by().value(), stamp.byName()), stamp.at()));
            } else {
                changed.add(field);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new EditConflictException(conflicts);
        }
        return changed;
    }

    /** Records that these fields changed at this version (call from the event-sourcing handler). */
    public void changed(Set<F> fields, long version, PersonId by, String byName, Instant at) {
        fields.forEach(f -> lastChange.put(f, new Stamp(version, by, byName, at)));
    }

    private record Stamp(long version, PersonId by, String byName, Instant at) {
    }
}
