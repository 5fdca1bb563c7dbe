package se.inkopsstod.procurement.record;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.shared.ProcurementId;

import java.util.List;

/**
 * Which needs, requirements, questions and attachments a procurement has. Only the identifiers come from the read models
 * (the event store is keyed by aggregate, not by procurement); everything the record says of them is read from
 * their own event streams.
 */
@Component
class ItemIds {

    private final JdbcClient jdbc;

    ItemIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> needs(ProcurementId procurement) {
        return ids("select need_id from need_view where procurement_id = ?", procurement);
    }

    List<String> requirements(ProcurementId procurement) {
        return ids("select requirement_id from requirement_view where procurement_id = ? order by number", procurement);
    }

    List<String> questions(ProcurementId procurement) {
        return ids("select question_id from question_view where procurement_id = ?", procurement);
    }

    List<String> attachments(ProcurementId procurement) {
        return ids("select attachment_id from attachment where procurement_id = ? order by added_at", procurement);
    }

    private List<String> ids(String sql, ProcurementId procurement) {
        return jdbc.sql(sql).param(procurement.value()).query(String.class).list();
    }
}
