package se.inkopsstod.procurement.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.tender.Tenders;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.EvaluationId;
import se.inkopsstod.shared.ProcurementId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads what the evaluation of a procurement's opened tenders is made of and ranks it ({@link EvaluationRanking}). */
@Service
public class Evaluations {

    private final JdbcClient jdbc;
    private final VendorAccess vendors;
    private final Tenders tenders;

    Evaluations(JdbcClient jdbc, VendorAccess vendors, Tenders tenders) {
        this.jdbc = jdbc;
        this.vendors = vendors;
        this.tenders = tenders;
    }

    public static EvaluationId idOf(ProcurementId procurement) {
        return EvaluationId.of(UUID.nameUUIDFromBytes(("evaluation|" + procurement.value()).getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** Three reads and the tenders, whatever the number of vendors and requirements; the ranking itself is pure. */
    EvaluationView of(ProcurementId procurement, Publication publication) {
        List<PublishedRequirement> requirements = vendors.published(procurement);
        Map<String, String> disqualified = new HashMap<>();
        jdbc.sql("select vendor_organisation_id, reason from evaluation_disqualification where procurement_id = ?")
                .param(procurement.value())
                .query(rs -> {
                    disqualified.put(rs.getString(1), rs.getString(2));
                });
        Map<String, Map<String, EvaluationRanking.Scores>> scores = new HashMap<>();
        jdbc.sql("""
                        select vendor_organisation_id, requirement_id, avg(score) as average, count(*) as n from evaluation_score
                         where procurement_id = ? group by vendor_organisation_id, requirement_id""")
                .param(procurement.value())
                .query(rs -> {
                    scores.computeIfAbsent(rs.getString("vendor_organisation_id"), v -> new HashMap<>())
                            .put(rs.getString("requirement_id"), new EvaluationRanking.Scores(rs.getBigDecimal("average"), rs.getInt("n")));
                });
        List<EvaluationView.Row> ranked = EvaluationRanking.rank(publication.evaluationModel(), publication.qualityValueSek(),
                requirements, tenders.opened(procurement), disqualified, scores);
        EvaluationView.Award award = award(procurement).map(a -> new EvaluationView.Award(a.winnerVendorOrganisationId(),
                ranked.stream().filter(r -> r.vendorOrganisationId().equals(a.winnerVendorOrganisationId()))
                        .map(EvaluationView.Row::vendorName).findFirst().orElse(""), a.reasoning(), a.decidedAt(),
                a.standstillEndsAt(), a.contractSignedAt())).orElse(null);
        return new EvaluationView(publication.evaluationModel(), publication.qualityValueSek(), ranked, award);
    }

    /** The award decision, once made ({@code winnerName} left empty: the reader names the winner as it may). */
    public Optional<EvaluationView.Award> award(ProcurementId procurement) {
        return jdbc.sql("select * from evaluation_award where procurement_id = ?").param(procurement.value())
                .query((rs, n) -> new EvaluationView.Award(rs.getString("winner_vendor_id"), "", rs.getString("reasoning"),
                        rs.getTimestamp("decided_at").toInstant(), instant(rs.getTimestamp("standstill_ends_at")),
                        instant(rs.getTimestamp("contract_signed_at"))))
                .optional();
    }

    /** The procedure and phase of a procurement: how long its standstill is, and whether it can be awarded now. */
    record Standing(Procedure procedure, Phase phase) {
    }

    Standing standing(ProcurementId procurement) {
        return jdbc.sql("select procedure, phase from procurement_view where procurement_id = ?").param(procurement.value())
                .query((rs, n) -> new Standing(Procedure.valueOf(rs.getString(1)), Phase.valueOf(rs.getString(2)))).single();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
