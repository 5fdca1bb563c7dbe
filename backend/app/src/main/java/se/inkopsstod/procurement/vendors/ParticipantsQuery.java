package se.inkopsstod.procurement.vendors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.api.Participants;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.ProcurementParticipants;
import se.inkopsstod.procurement.api.UpcomingDeadline;
import se.inkopsstod.procurement.model.Publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Reads the team, the invitations and the publication dates from the workspace's read models. */
@Component
class ParticipantsQuery implements ProcurementParticipants {

    private final JdbcClient jdbc;

    ParticipantsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Participants> of(String procurementId) {
        return jdbc.sql("select tenant_id, title from procurement_view where procurement_id = ?").param(procurementId)
                .query((rs, n) -> new Participants(procurementId, rs.getString("tenant_id"), rs.getString("title"),
                        new HashSet<>(jdbc.sql("select person_id from procurement_team where procurement_id = ?")
                                .param(procurementId).query(String.class).list()),
                        new HashSet<>(jdbc.sql("select vendor_organisation_id from procurement_invitation where procurement_id = ?")
                                .param(procurementId).query(String.class).list())))
                .optional();
    }

    @Override
    public List<UpcomingDeadline> deadlinesBetween(Instant from, Instant to) {
        List<UpcomingDeadline> deadlines = new ArrayList<>();
        // only tenders still open: the last of the three deadlines has not passed
        jdbc.sql("""
                        select p.procurement_id, p.tender_deadline, p.last_question_day, p.accelerated
                          from procurement_publication p join procurement_view v on v.procurement_id = p.procurement_id
                         where v.phase = ? and p.tender_deadline >= ?""")
                .params(Phase.TENDERING.name(), java.sql.Timestamp.from(from))
                .query(rs -> {
                    String id = rs.getString("procurement_id");
                    Instant deadline = rs.getTimestamp("tender_deadline").toInstant();
                    LocalDate lastQuestionDay = rs.getDate("last_question_day").toLocalDate();
                    LocalDate answersDue = Publication.answersDueBy(deadline, rs.getBoolean("accelerated"));
                    add(deadlines, from, to, new UpcomingDeadline(id, UpcomingDeadline.Kind.LAST_QUESTION_DAY, endOf(lastQuestionDay)));
                    add(deadlines, from, to, new UpcomingDeadline(id, UpcomingDeadline.Kind.ANSWERS_DUE, endOf(answersDue)));
                    add(deadlines, from, to, new UpcomingDeadline(id, UpcomingDeadline.Kind.TENDER_DEADLINE, deadline));
                });
        return deadlines;
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Publication.SWEDEN).toInstant();
    }

    private static void add(List<UpcomingDeadline> deadlines, Instant from, Instant to, UpcomingDeadline deadline) {
        if (!deadline.at().isBefore(from) && deadline.at().isBefore(to)) {
            deadlines.add(deadline);
        }
    }
}
