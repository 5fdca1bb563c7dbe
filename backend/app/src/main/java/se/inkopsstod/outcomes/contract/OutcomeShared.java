package se.inkopsstod.outcomes.contract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Integration event on {@code inkopsstod.insights.outcomes}, keyed by {@code procurementRef}: the
 * latest anonymised figures of one procurement and its follow-up. A newer {@code revision} replaces
 * an older one; the same revision again (a redelivery) changes nothing.
 *
 * @param schema                       {@value #SCHEMA}
 * @param procurementRef               keyed pseudonym of the procurement
 * @param tenantRef                    keyed pseudonym of the huvudman (counts distinct tenants; never shown)
 * @param awardedQuarter               e.g. {@code 2026-Q2}, or null before the award
 * @param daysFromFirstNeedToAward     null before the award
 * @param requirementsByCategory       count per requirement category
 * @param requirementsCitingStandard   requirements naming an interoperability standard
 * @param templateKeys                 keys of the shared library templates the requirements came from
 * @param satisfaction                 mean of all survey answers (1–5), null without answers
 * @param benefitRealisedPercent       mean over the needs' judged benefit realised (0–100)
 * @param closed                       the follow-up is closed: the figures are final
 */
public record OutcomeShared(String schema, String procurementRef, String tenantRef, long revision, Instant sharedAt,
                            Cohort cohort, String productCategory, String awardedQuarter, Integer daysFromFirstNeedToAward,
                            int requirementCount, Map<String, Integer> requirementsByCategory, int requirementsCitingStandard,
                            int questionCount, List<String> templateKeys, Integer surveyResponses, Double satisfaction,
                            Double benefitRealisedPercent, Integer deliveryQuality, Integer adoptionPercent,
                            Long yearlyCostPerPupilSek, Boolean openFormatExport, Boolean exitPlanDocumented, boolean closed) {

    public static final String SCHEMA = "outcome/1";
}
