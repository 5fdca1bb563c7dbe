package se.inkopsstod.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An edit based on an old version touched fields that someone else changed since. Nothing was
 * stored; the caller gets both values of each field and who changed it, and may choose.
 */
public class EditConflictException extends ConflictException {

    private final List<FieldConflict> conflicts;
    private final Object current;

    public EditConflictException(List<FieldConflict> conflicts) {
        this(conflicts, null);
    }

    private EditConflictException(List<FieldConflict> conflicts, Object current) {
        super("edit.conflict", "Someone else changed the same field while you were editing. Choose which version to keep.");
        this.conflicts = List.copyOf(conflicts);
        this.current = current;
    }

    /** The same conflict with the item as it is now, for the caller to start from. */
    public EditConflictException withCurrent(Object currentItem) {
        return new EditConflictException(conflicts, currentItem);
    }

    public List<FieldConflict> conflicts() {
        return conflicts;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("conflicts", conflicts);
        if (current != null) {
            properties.put("current", current);
        }
        return properties;
    }
}
