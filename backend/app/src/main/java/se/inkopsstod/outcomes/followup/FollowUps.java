package se.inkopsstod.outcomes.followup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.api.SurveyQuestion;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.ProcurementFactsView;
import se.inkopsstod.procurement.api.ProcurementLine;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads follow-ups from their read model and puts them beside the procurement's needs and requirements. */
@Component
class FollowUps {

    private static final String[] COLUMNS = {"ease_of_use", "supports_work", "reliability", "vendor_support"};

    /** The phases in which a procurement has an outcome to follow up: in use, or done. */
    private static final Set<Phase> FOLLOWED_UP_IN = Set.of(Phase.IMPLEMENTATION, Phase.FOLLOW_UP, Phase.CLOSED);

    private final JdbcTemplate jdbc;

    FollowUps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One follow-up per procurement, so its id follows from the procurement's. */
    static FollowUpId idOf(ProcurementId procurement) {
        return FollowUpId.of(UUID.nameUUIDFromBytes(("follow-up|" + procurement.value()).getBytes(StandardCharsets.UTF_8)).toString());
    }

    boolean exists(ProcurementId procurement) {
        Integer count = jdbc.queryForObject("select count(*) from follow_up where procurement_id = ?", Integer.class, procurement.value());
        return count != null && count > 0;
    }

    FollowUpView view(ProcurementFactsView facts, PersonId caller) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from follow_up where procurement_id = ?", facts.procurementId());
        Map<String, FollowUpView.Outcome> outcomes = new HashMap<>();
        jdbc.query("select * from follow_up_indicator where procurement_id = ?", rs -> {
            outcomes.put(rs.getString("need_id"), new FollowUpView.Outcome(rs.getBigDecimal("realised_value"),
                    rs.getDate("measured_on").toLocalDate(), rs.getString("source"), rs.getInt("benefit_realised_percent")));
        }, facts.procurementId());
        List<FollowUpView.NeedOutcome> needs = facts.needs().stream().map(n -> new FollowUpView.NeedOutcome(n.needId(),
                n.statement(), n.indicator(), n.baseline(), n.target(), n.unit(), n.requirements(), outcomes.get(n.needId()))).toList();
        Double benefit = outcomes.isEmpty() ? null
                : outcomes.values().stream().mapToInt(FollowUpView.Outcome::benefitRealisedPercent).average().orElse(0);
        boolean canOpen = FollowUpOpening.canOpen(facts.phase());
        if (rows.isEmpty()) {
            return new FollowUpView(facts.procurementId(), facts.title(), facts.phase().name(), FollowUpView.Status.NOT_OPENED,
                    canOpen, null, null, needs, null, null, null);
        }
        Map<String, Object> row = rows.get(0);
        FollowUpView.Facts recorded = new FollowUpView.Facts((Integer) row.get("delivery_quality"), (String) row.get("delivery_comment"),
                (Integer) row.get("adoption_percent"), (Long) row.get("yearly_cost_per_pupil_sek"),
                (Boolean) row.get("open_format_export"), (Boolean) row.get("exit_plan_documented"));
        return new FollowUpView(facts.procurementId(), facts.title(), facts.phase().name(),
                FollowUpView.Status.valueOf((String) row.get("status")), canOpen, ((Timestamp) row.get("opened_at")).toInstant(),
                row.get("closed_at") == null ? null : ((Timestamp) row.get("closed_at")).toInstant(), needs, benefit, recorded,
                survey(facts.procurementId(), caller));
    }

    /** Of these procurements, the ones with a follow-up to show: implemented or later, or with one opened. */
    List<FollowUpLine> lines(List<ProcurementLine> procurements, PersonId person, boolean answersSurveys) {
        if (procurements.isEmpty()) {
            return List.of();
        }
        String[] ids = procurements.stream().map(ProcurementLine::procurementId).toArray(String[]::new);
        Map<String, FollowUpView.Status> statuses = new HashMap<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement("select procurement_id, status from follow_up where procurement_id = any(?)");
            statement.setArray(1, con.createArrayOf("varchar", ids));
            return statement;
        }, rs -> {
            statuses.put(rs.getString("procurement_id"), FollowUpView.Status.valueOf(rs.getString("status")));
        });
        Set<String> answered = new HashSet<>();
        if (person != null) {
            jdbc.query(con -> {
                var statement = con.prepareStatement(
                        "select procurement_id from follow_up_survey where respondent = ? and procurement_id = any(?)");
                statement.setString(1, person.value());
                statement.setArray(2, con.createArrayOf("varchar", ids));
                return statement;
            }, rs -> {
                answered.add(rs.getString("procurement_id"));
            });
        }
        return procurements.stream()
                .filter(p -> statuses.containsKey(p.procurementId()) || FOLLOWED_UP_IN.contains(p.phase()))
                .map(p -> {
                    FollowUpView.Status status = statuses.getOrDefault(p.procurementId(), FollowUpView.Status.NOT_OPENED);
                    return new FollowUpLine(p.procurementId(), p.title(), p.phase().name(), status,
                            answersSurveys && status == FollowUpView.Status.OPEN, answered.contains(p.procurementId()));
                })
                .toList();
    }

    boolean hasAnswered(ProcurementId procurement, PersonId person) {
        Integer count = jdbc.queryForObject("select count(*) from follow_up_survey where procurement_id = ? and respondent = ?",
                Integer.class, procurement.value(), person.value());
        return count != null && count > 0;
    }

    private FollowUpView.Survey survey(String procurement, PersonId caller) {
        Map<SurveyQuestion, List<Integer>> distribution = new EnumMap<>(SurveyQuestion.class);
        Map<SurveyQuestion, Double> sums = new EnumMap<>(SurveyQuestion.class);
        for (SurveyQuestion q : SurveyQuestion.values()) {
            distribution.put(q, new ArrayList<>(List.of(0, 0, 0, 0, 0)));
            sums.put(q, 0.0);
        }
        List<String> comments = new ArrayList<>();
        FollowUpView.MyAnswer[] mine = {null};
        int[] responses = {0};
        jdbc.query("select * from follow_up_survey where procurement_id = ? order by answered_at", rs -> {
            responses[0]++;
            Map<SurveyQuestion, Integer> ratings = new EnumMap<>(SurveyQuestion.class);
            for (SurveyQuestion q : SurveyQuestion.values()) {
                int rating = rs.getInt(COLUMNS[q.ordinal()]);
                ratings.put(q, rating);
                distribution.get(q).set(rating - 1, distribution.get(q).get(rating - 1) + 1);
                sums.merge(q, (double) rating, Double::sum);
            }
            String comment = rs.getString("comment");
            if (comment != null) {
                comments.add(comment);
            }
            if (caller != null && caller.value().equals(rs.getString("respondent"))) {
                mine[0] = new FollowUpView.MyAnswer(ratings, comment);
            }
        }, procurement);
        comments.sort(null); // in no order that could tie a comment to when someone answered
        Map<SurveyQuestion, Double> averages = new EnumMap<>(SurveyQuestion.class);
        if (responses[0] > 0) {
            sums.forEach((q, sum) -> averages.put(q, Math.round(sum / responses[0] * 10) / 10.0));
        }
        return new FollowUpView.Survey(responses[0], averages, distribution, comments, mine[0]);
    }
}
