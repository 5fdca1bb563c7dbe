package se.inkopsstod.procurement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import se.inkopsstod.shared.ProcurementId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the requirements written before requirement numbers were recorded in events
 * (revision 1 of {@link RequirementCreatedEvent}): within each procurement 1, 2 … in the order they
 * were stored (the event store's global index), so every replay gives the same number. That set of
 * events is closed: every requirement written since carries its number, and its procurement
 * numbers on after these ({@code NumberRequirementCommand.numberedBefore}). The V23 migration
 * numbers the read models the same way.
 */
@Component
public class LegacyRequirementNumbers {

    /** Where the requirement creations stored before their class moved out of procurement.api are. */
    private static final String OLD_TYPE = "se.inkopsstod.procurement.api." + RequirementCreatedEvent.class.getSimpleName();

    private final JdbcClient jdbc;
    private volatile Numbers numbers;

    public LegacyRequirementNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A requirement creation as stored, in store order. */
    record Creation(String requirementId, String procurementId) {
    }

    /** Numbers by requirement and how many each procurement numbered so. */
    record Numbers(Map<String, Integer> byRequirement, Map<String, Integer> byProcurement) {
    }

    /** @return the requirement's number, or 0 when it is not one written before numbers were recorded */
    public int of(String requirementId) {
        Integer number = numbers().byRequirement().get(requirementId);
        if (number == null) {
            // read once more: a requirement first asked about may have been stored after the first read (tests rewrite history)
            numbers = null;
            number = numbers().byRequirement().get(requirementId);
        }
        return number == null ? 0 : number;
    }

    /** @return how many requirements the procurement had before numbers were recorded */
    public int numberedBefore(ProcurementId procurement) {
        return numbers().byProcurement().getOrDefault(procurement.value(), 0);
    }

    private Numbers numbers() {
        Numbers read = numbers;
        if (read == null) {
            read = number(jdbc.sql("""
                            select aggregate_identifier, convert_from(payload, 'UTF8')::jsonb ->> 'procurementId'
                              from domain_event_entry
                             where payload_type in (?, ?) and coalesce(payload_revision, '1') = '1'
                             order by global_index""")
                    .params(RequirementCreatedEvent.class.getName(), OLD_TYPE)
                    .query((rs, n) -> new Creation(rs.getString(1), rs.getString(2)))
                    .list());
            numbers = read;
        }
        return read;
    }

    /** Numbers the creations 1, 2 … within each procurement, in the order given. */
    static Numbers number(List<Creation> inStoreOrder) {
        Map<String, Integer> byRequirement = new HashMap<>();
        Map<String, Integer> byProcurement = new HashMap<>();
        for (Creation creation : inStoreOrder) {
            if (!byRequirement.containsKey(creation.requirementId())) {
                int number = byProcurement.merge(creation.procurementId(), 1, Integer::sum);
                byRequirement.put(creation.requirementId(), number);
            }
        }
        return new Numbers(Map.copyOf(byRequirement), Map.copyOf(byProcurement));
    }
}
