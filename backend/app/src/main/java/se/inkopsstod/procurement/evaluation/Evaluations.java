package se.inkopsstod.procurement.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.inkopsstod.procurement.api.Compliance;
import se.inkopsstod.procurement.api.EvaluationModel;
import se.inkopsstod.procurement.api.EvaluationView;
import se.inkopsstod.procurement.api.Publication;
import se.inkopsstod.procurement.api.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementKind;
import se.inkopsstod.procurement.api.TenderView;
import se.inkopsstod.procurement.tender.Tenders;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.EvaluationId;
import se.inkopsstod.shared.ProcurementId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Ranks the submitted tenders by the model published with the tender. Quality is the weighted
 * average of the team's scores (0–5) over the evaluated requirements, as 0–100; with price and
 * quality it deducts up to the published quality value from the price.
 */
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

    EvaluationView of(ProcurementId procurement, Publication publication) {
        List<PublishedRequirement> requirements = vendors.published(procurement);
        Map<String, String> disqualified = new HashMap<>();
        jdbc.sql("select vendor_organisation_id, reason from evaluation_disqualification where procurement_id = ?")
                .param(procurement.value())
                .query(rs -> {
                    disqualified.put(rs.getString(1), rs.getString(2));
                });
        List<EvaluationView.Row> rows = new ArrayList<>();
        for (TenderView tender : tenders.submitted(procurement)) {
            rows.add(row(procurement, publication, requirements, tender, disqualified));
        }
        List<EvaluationView.Row> ranked = rank(rows);
        EvaluationView.Award award = award(procurement).map(a -> new EvaluationView.Award(a.winnerVendorOrganisationId(),
                ranked.stream().filter(r -> r.vendorOrganisationId().equals(a.winnerVendorOrganisationId()))
                        .map(EvaluationView.Row::vendorName).findFirst().orElse(""), a.reasoning(), a.decidedAt())).orElse(null);
        return new EvaluationView(publication.evaluationModel(), publication.qualityValueSek(), ranked, award);
    }

    private EvaluationView.Row row(ProcurementId procurement, Publication publication, List<PublishedRequirement> requirements,
                                   TenderView tender, Map<String, String> disqualified) {
        Map<String, Compliance> compliance = new HashMap<>();
        tender.responses().forEach(r -> compliance.put(r.requirementId(), r.compliance()));
        List<String> failsMandatory = requirements.stream()
                .filter(r -> r.kind() == RequirementKind.MANDATORY && compliance.get(r.requirementId()) == Compliance.DOES_NOT_MEET)
                .map(PublishedRequirement::requirementId).toList();
        List<EvaluationView.Score> scores = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        int totalWeight = 0;
        for (PublishedRequirement r : requirements) {
            if (r.kind() != RequirementKind.EVALUATED || r.weight() == null) {
                continue;
            }
            totalWeight += r.weight();
            EvaluationView.Score score = score(procurement, tender.vendorOrganisationId(), r.requirementId());
            scores.add(score);
            weighted = weighted.add(score.average().multiply(BigDecimal.valueOf(r.weight())));
        }
        BigDecimal quality = totalWeight == 0 ? BigDecimal.ZERO
                : weighted.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf((long) totalWeight * Evaluation.MAX_SCORE), 1, RoundingMode.HALF_UP);
        long price = tender.priceSek() == null ? 0 : tender.priceSek();
        long deduction = publication.evaluationModel() == EvaluationModel.PRICE_AND_QUALITY && publication.qualityValueSek() != null
                ? quality.multiply(BigDecimal.valueOf(publication.qualityValueSek())).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue()
                : 0;
        String reason = disqualified.get(tender.vendorOrganisationId());
        return new EvaluationView.Row(tender.vendorOrganisationId(), tender.vendorName(), price, failsMandatory, reason != null,
                reason, quality, deduction, price - deduction, null, scores);
    }

    private EvaluationView.Score score(ProcurementId procurement, String vendor, String requirementId) {
        return jdbc.sql("""
                        select coalesce(avg(score), 0) as average, count(*) as n from evaluation_score
                         where procurement_id = ? and vendor_organisation_id = ? and requirement_id = ?""")
                .params(procurement.value(), vendor, requirementId)
                .query((rs, n) -> new EvaluationView.Score(requirementId,
                        rs.getBigDecimal("average").setScale(1, RoundingMode.HALF_UP), rs.getInt("n")))
                .single();
    }

    /** Qualified tenders by evaluation price (then price), 1 first; disqualified ones last and unranked. */
    private static List<EvaluationView.Row> rank(List<EvaluationView.Row> rows) {
        List<EvaluationView.Row> qualified = rows.stream().filter(r -> !r.disqualified())
                .sorted(Comparator.comparingLong(EvaluationView.Row::evaluationPriceSek).thenComparingLong(EvaluationView.Row::priceSek))
                .toList();
        List<EvaluationView.Row> ranked = new ArrayList<>();
        for (int i = 0; i < qualified.size(); i++) {
            EvaluationView.Row r = qualified.get(i);
            ranked.add(new EvaluationView.Row(r.vendorOrganisationId(), r.vendorName(), r.priceSek(), r.failsMandatory(), false,
                    null, r.quality(), r.deductionSek(), r.evaluationPriceSek(), i + 1, r.scores()));
        }
        rows.stream().filter(EvaluationView.Row::disqualified).forEach(ranked::add);
        return ranked;
    }

    Optional<EvaluationView.Award> award(ProcurementId procurement) {
        return jdbc.sql("select * from evaluation_award where procurement_id = ?").param(procurement.value())
                .query((rs, n) -> new EvaluationView.Award(rs.getString("winner_vendor_id"), "", rs.getString("reasoning"),
                        rs.getTimestamp("decided_at").toInstant()))
                .optional();
    }
}
