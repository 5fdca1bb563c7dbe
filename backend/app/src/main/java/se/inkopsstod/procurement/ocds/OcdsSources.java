package se.inkopsstod.procurement.ocds;

import se.inkopsstod.procurement.evaluation.EvaluationView;
import se.inkopsstod.procurement.model.NeedView;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.qa.PublishedQuestionView;
import se.inkopsstod.procurement.vendors.AmendmentView;
import se.inkopsstod.procurement.workspace.ProcurementView;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the export is made from, read in one go. It already holds only what may be published:
 * answered questions without their askers, no tender contents, and of the prices only the
 * winning tender's, once the award decision is made.
 *
 * @param huvudman         the buyer organisation
 * @param requirements     the published requirement set, or the requirements as they would be published before that
 * @param numbers          every requirement's number, withdrawn ones too, by requirement id (amendments name them)
 * @param publication      null until the tender is published
 * @param openedAt         null while the tenders are sealed
 * @param tenderers        who tendered, from the opening record (empty while sealed)
 * @param award            null until the award decision
 * @param winningPriceSek  the winning tender's price, null without an award decision
 * @param now              the moment of the export
 */
record OcdsSources(String baseUrl, ProcurementView procurement, Organisation huvudman, List<NeedView> needs,
                   List<PublishedRequirement> requirements, Map<String, Integer> numbers, Publication publication,
                   List<AmendmentView> amendments, List<PublishedQuestionView> answers, Instant openedAt,
                   List<Organisation> tenderers, EvaluationView.Award award, Organisation winner, Long winningPriceSek,
                   Instant now) {

    /** An organisation as open data names it: its name and Swedish organisation number (may be empty). */
    record Organisation(String id, String name, String organisationNumber) {
    }
}
