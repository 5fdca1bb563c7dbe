package se.inkopsstod.procurement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A procurement's facts for its follow-up and for the anonymised benchmarks: its needs with their
 * indicators and the requirements written from them, the requirement mix, how many requirements
 * cite an interoperability standard, the questions asked, and when the first need and the award came.
 */
public record ProcurementFactsView(String procurementId, String tenantId, String title, String category, Phase phase,
                                   Instant firstNeedAt, Instant awardedAt, int requirementCount,
                                   Map<RequirementCategory, Integer> requirementsByCategory, int requirementsCitingStandard,
                                   int questionCount, List<String> templateKeys, List<Need> needs) {

    /** An accepted need: what it promised (indicator, baseline → target) and the requirements that serve it. */
    public record Need(String needId, String statement, String indicator, BigDecimal baseline, BigDecimal target,
                       String unit, List<String> requirements) {
    }
}
