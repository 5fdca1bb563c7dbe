package se.inkopsstod.procurement.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads questions: everything for the buyer's team; for a vendor, what is published plus its own
 * open questions; for exports, only what is published. Public for that last read alone.
 */
@Service
public class QuestionsAndAnswers {

    /** Warn the team this many days before answers are due. */
    static final int WARN_DAYS = 2;

    private final JdbcClient jdbc;
    private final Organisations organisations;

    QuestionsAndAnswers(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    List<QuestionView> forTeam(ProcurementId procurement, Optional<Publication> publication, Instant now) {
        return jdbc.sql("select * from question_view where procurement_id = ? order by asked_at desc")
                .param(procurement.value())
                .query((rs, n) -> teamView(rs, publication, now)).list();
    }

    /**
     * The unpublished questions of these procurements (id → title), the day answers are due soonest
     * first (none yet last), then the longest waiting first.
     */
    List<UnansweredQuestionView> unanswered(Map<String, String> procurements,
                                            Function<String, Optional<Publication>> publications, Instant now) {
        if (procurements.isEmpty()) {
            return List.of();
        }
        Map<String, Optional<LocalDate>> due = new HashMap<>();
        LocalDate today = LocalDate.ofInstant(now, Publication.SWEDEN);
        return jdbc.sql("""
                        select question_id, procurement_id, kind, question, asked_at from question_view
                         where procurement_id = any(:ids) and published_at is null""")
                .param("ids", procurements.keySet().toArray(String[]::new))
                .query((rs, n) -> {
                    String procurement = rs.getString("procurement_id");
                    LocalDate dueBy = due.computeIfAbsent(procurement,
                            id -> publications.apply(id).map(Publication::answersDueBy)).orElse(null);
                    return new UnansweredQuestionView(procurement, procurements.get(procurement),
                            rs.getString("question_id"), QuestionView.Kind.valueOf(rs.getString("kind")),
                            rs.getString("question"), rs.getTimestamp("asked_at").toInstant(), dueBy,
                            dueBy != null && !today.isBefore(dueBy.minusDays(WARN_DAYS)));
                })
                .list().stream()
                .sorted(Comparator.comparing(UnansweredQuestionView::answersDueBy, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(UnansweredQuestionView::askedAt).thenComparing(UnansweredQuestionView::questionId))
                .toList();
    }

    QuestionView oneForTeam(ProcurementId procurement, String questionId, Optional<Publication> publication, Instant now) {
        if (questionId.length() > 64) {
            throw new NotFoundException("No such question.").withMessageKey("not-found.question");
        }
        return jdbc.sql("select * from question_view where procurement_id = ? and question_id = ?")
                .params(procurement.value(), questionId)
                .query((rs, n) -> teamView(rs, publication, now)).optional()
                .orElseThrow(() -> new NotFoundException("No such question.").withMessageKey("not-found.question"));
    }

    /** Published questions and answers (never saying who asked) and the vendor's own unanswered questions. */
    List<VendorQuestionView> forVendor(ProcurementId procurement, VendorOrganisationId vendor) {
        return jdbc.sql("""
                        select * from question_view
                         where procurement_id = ? and (published_at is not null or vendor_organisation_id = ?)
                         order by coalesce(published_at, asked_at) desc""")
                .params(procurement.value(), vendor.value())
                .query((rs, n) -> vendorView(rs, vendor)).list();
    }

    /** The published questions and answers of a procurement, oldest publication first: what every invited vendor has read. */
    public List<PublishedQuestionView> published(ProcurementId procurement) {
        return jdbc.sql("""
                        select question_id, question, answer, requirement_id, published_at, kind from question_view
                         where procurement_id = ? and published_at is not null order by published_at, question_id""")
                .param(procurement.value())
                .query((rs, n) -> new PublishedQuestionView(rs.getString("question_id"), rs.getString("question"),
                        rs.getString("answer"), rs.getString("requirement_id"), rs.getTimestamp("published_at").toInstant(),
                        QuestionView.Kind.CLARIFICATION.name().equals(rs.getString("kind"))))
                .list();
    }

    VendorQuestionView oneForVendor(String questionId, VendorOrganisationId vendor) {
        return jdbc.sql("select * from question_view where question_id = ? and vendor_organisation_id = ?")
                .params(questionId, vendor.value())
                .query((rs, n) -> vendorView(rs, vendor)).single();
    }

    Phase phase(ProcurementId procurement) {
        return jdbc.sql("select phase from procurement_view where procurement_id = ?").param(procurement.value())
                .query(String.class).optional().map(Phase::valueOf)
                .orElseThrow(() -> new NotFoundException("No such procurement.").withMessageKey("not-found.procurement"));
    }

    private QuestionView teamView(ResultSet rs, Optional<Publication> publication, Instant now) throws SQLException {
        String vendor = rs.getString("vendor_organisation_id");
        QuestionView.Kind kind = QuestionView.Kind.valueOf(rs.getString("kind"));
        Instant publishedAt = instant(rs.getTimestamp("published_at"));
        LocalDate dueBy = publication.map(Publication::answersDueBy).orElse(null);
        boolean soon = publishedAt == null && dueBy != null
                && !LocalDate.ofInstant(now, Publication.SWEDEN).isBefore(dueBy.minusDays(WARN_DAYS));
        return new QuestionView(rs.getString("question_id"), rs.getLong("version"), rs.getString("procurement_id"), kind,
                vendor == null ? null : new QuestionView.Asker(vendor,
                        organisations.vendorOrganisation(vendor).map(VendorOrganisationView::name).orElse("")),
                rs.getString("original_text"), rs.getString("question"), rs.getString("answer"),
                rs.getString("requirement_id"), rs.getTimestamp("asked_at").toInstant(), publishedAt, rs.getBoolean("late"),
                dueBy, soon);
    }

    private static VendorQuestionView vendorView(ResultSet rs, VendorOrganisationId vendor) throws SQLException {
        Instant publishedAt = instant(rs.getTimestamp("published_at"));
        boolean yours = vendor.value().equals(rs.getString("vendor_organisation_id"));
        // until it is published, the vendor sees its own wording; after, everyone sees the published one
        return new VendorQuestionView(rs.getString("question_id"),
                publishedAt == null ? rs.getString("original_text") : rs.getString("question"),
                publishedAt == null ? null : rs.getString("answer"), rs.getString("requirement_id"), publishedAt, yours,
                QuestionView.Kind.CLARIFICATION.name().equals(rs.getString("kind")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
