package se.inkopsstod.procurement.record;

import se.inkopsstod.procurement.api.RecordEntry;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.api.RecordSource.Recorded;
import se.inkopsstod.shared.PersonId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Small helpers the chapters share to state an event as a record entry. */
final class Entries {

    private Entries() {
    }

    static RecordEntry entry(Recorded event, String by, String what, String... details) {
        return new RecordEntry(event.at(), by, what, Arrays.stream(details).filter(Objects::nonNull).toList());
    }

    static RecordEntry entry(Recorded event, String by, String what, List<String> details) {
        return new RecordEntry(event.at(), by, what, details);
    }

    /** Who did it, from the audit metadata the event was stored with. */
    static String actor(RecordSource source, Recorded event) {
        return event.userId() == null ? null : source.personName(PersonId.of(event.userId()), event);
    }

    /** "Label: text" when there is a text. */
    static String labelled(String label, Object value) {
        return value == null || value.toString().isBlank() ? null : label + ": " + value;
    }

    /** "Label: «before» → «after»" for one changed field. */
    static String change(String label, Object before, Object after) {
        return label + ": «" + RecordWords.orDash(before) + "» → «" + RecordWords.orDash(after) + "»";
    }

    static List<String> lines(String... lines) {
        List<String> list = new ArrayList<>();
        for (String line : lines) {
            if (line != null) {
                list.add(line);
            }
        }
        return list;
    }
}
