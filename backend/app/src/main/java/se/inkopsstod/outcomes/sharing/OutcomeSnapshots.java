package se.inkopsstod.outcomes.sharing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.contract.Cohort;
import se.inkopsstod.outcomes.contract.OutcomeShared;
import se.inkopsstod.outcomes.contract.Pseudonyms;
import se.inkopsstod.procurement.api.ProcurementFacts;
import se.inkopsstod.procurement.api.ProcurementFactsView;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.api.Organisations;
import se.inkopsstod.tenancy.api.TenantView;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The anonymisation boundary for outcomes: turns a procurement's facts and follow-up into an
 * {@link OutcomeShared}. Only counts, ratings, percentages and coarse cohort attributes pass;
 * names, ids, comments and sources stay in the tenant.
 */
@Component
class OutcomeSnapshots {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final JdbcTemplate jdbc;
    private final ProcurementFacts procurements;
    private final Organisations organisations;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    OutcomeSnapshots(JdbcTemplate jdbc, ProcurementFacts procurements, Organisations organisations, Pseudonyms pseudonyms,
                     Clock clock) {
        this.jdbc = jdbc;
        this.procurements = procurements;
        this.organisations = organisations;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    Optional<OutcomeShared> of(String tenantId, String procurementId, long version) {
        Optional<ProcurementFactsView> found = procurements.of(TenantId.of(tenantId), ProcurementId.of(procurementId));
        Optional<TenantView> tenant = organisations.tenant(tenantId);
        if (found.isEmpty() || tenant.isEmpty()) {
            return Optional.empty();
        }
        ProcurementFactsView facts = found.get();
        Map<String, Object> followUp = jdbc.queryForMap("select * from follow_up where procurement_id = ?", procurementId);
        Map<String, Object> survey = jdbc.queryForMap("""
                select count(*) as responses,
                       avg((ease_of_use + supports_work + reliability + vendor_support) / 4.0) as satisfaction
                from follow_up_survey where procurement_id = ?""", procurementId);
        Double benefit = jdbc.queryForObject("select avg(benefit_realised_percent) from follow_up_indicator where procurement_id = ?",
                Double.class, procurementId);
        Map<String, Integer> mix = new TreeMap<>();
        facts.requirementsByCategory().forEach((category, count) -> mix.put(category.name(), count));
        Integer days = facts.firstNeedAt() == null || facts.awardedAt() == null ? null
                : (int) Duration.between(facts.firstNeedAt(), facts.awardedAt()).toDays();
        String quarter = null;
        if (facts.awardedAt() != null) {
            ZonedDateTime awarded = facts.awardedAt().atZone(SWEDEN);
            quarter = awarded.getYear() + "-Q" + ((awarded.getMonthValue() - 1) / 3 + 1);
        }
        long responses = ((Number) survey.get("responses")).longValue();
        Number satisfaction = (Number) survey.get("satisfaction");
        TenantView t = tenant.get();
        return Optional.of(new OutcomeShared(OutcomeShared.SCHEMA, pseudonyms.procurement(procurementId), pseudonyms.tenant(tenantId),
                version, clock.instant(), new Cohort(t.sizeBand().name(), t.kind().name(), CountyGroups.of(t.county())),
                facts.category(), quarter, days, facts.requirementCount(), mix, facts.requirementsCitingStandard(),
                facts.questionCount(), facts.templateKeys(), (int) responses,
                satisfaction == null ? null : round(satisfaction.doubleValue()), benefit == null ? null : round(benefit),
                (Integer) followUp.get("delivery_quality"), (Integer) followUp.get("adoption_percent"),
                (Long) followUp.get("yearly_cost_per_pupil_sek"), (Boolean) followUp.get("open_format_export"),
                (Boolean) followUp.get("exit_plan_documented"), "CLOSED".equals(followUp.get("status"))));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
