package se.inkopsstod.outcomes.sharing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.inkopsstod.outcomes.contract.LessonShared;
import se.inkopsstod.outcomes.contract.OutcomeShared;
import se.inkopsstod.outcomes.contract.Pseudonyms;
import se.inkopsstod.platform.kafka.KafkaTopicsProperties;
import tools.jackson.databind.json.JsonMapper;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Puts closed outcomes and newly approved lessons on the insights topics, at least once. An outcome
 * leaves the tenant once, when its follow-up closes (nothing can change after that): shared after each
 * survey answer, two revisions would tell one respondent's rating. The
 * read models mark what changed ({@code version > shared_version}); a row is marked shared only
 * after the broker acknowledged it, in the same transaction that locked it ({@code skip locked}, so
 * several instances share the work). After a crash or a broker outage the same revision is sent
 * again, which the insights side recognises and ignores.
 */
@Component
class InsightsSharing {

    private static final Logger log = LoggerFactory.getLogger(InsightsSharing.class);
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, String> kafka;
    private final KafkaTopicsProperties topics;
    private final OutcomeSnapshots snapshots;
    private final Pseudonyms pseudonyms;
    private final JsonMapper json;

    InsightsSharing(JdbcTemplate jdbc, TransactionTemplate transaction, KafkaTemplate<String, String> kafka,
                    KafkaTopicsProperties topics, OutcomeSnapshots snapshots, Pseudonyms pseudonyms, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.topics = topics;
        this.snapshots = snapshots;
        this.pseudonyms = pseudonyms;
        this.json = json;
    }

    @Scheduled(fixedDelayString = "${inkopsstod.insights.share-interval:500ms}", initialDelayString = "2s")
    void shareChanges() {
        try {
            while (shareOutcomes() + shareLessons() > 0) {
                // more may be waiting
            }
        } catch (RuntimeException e) {
            log.warn("Sharing with insights failed; it is retried: {}", e.getMessage());
        }
    }

    int shareOutcomes() {
        Integer shared = transaction.execute(status -> {
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    select procurement_id, tenant_id, version from follow_up
                    where status = 'CLOSED' and version > shared_version
                    order by procurement_id limit ? for update skip locked""", BATCH);
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                String procurement = (String) row.get("procurement_id");
                long version = ((Number) row.get("version")).longValue();
                Optional<OutcomeShared> outcome = snapshots.of((String) row.get("tenant_id"), procurement, version);
                outcome.ifPresent(o -> sends.add(kafka.send(topics.insightsOutcomes(), o.procurementRef(), json.writeValueAsString(o))));
            }
            awaitAll(sends);
            rows.forEach(row -> jdbc.update("update follow_up set shared_version = ? where procurement_id = ?",
                    row.get("version"), row.get("procurement_id")));
            return rows.size();
        });
        return shared == null ? 0 : shared;
    }

    int shareLessons() {
        Integer shared = transaction.execute(status -> {
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    select lesson_id, version, category, phase, what_worked, what_to_change, reviewed_at from lesson
                    where status = 'APPROVED' and version > shared_version
                    order by lesson_id limit ? for update skip locked""", BATCH);
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                LessonShared lesson = new LessonShared(LessonShared.SCHEMA, pseudonyms.lesson((String) row.get("lesson_id")),
                        ((Number) row.get("version")).longValue(), (String) row.get("category"), (String) row.get("phase"),
                        (String) row.get("what_worked"), (String) row.get("what_to_change"),
                        ((java.sql.Timestamp) row.get("reviewed_at")).toInstant().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate());
                sends.add(kafka.send(topics.insightsLessons(), lesson.lessonRef(), json.writeValueAsString(lesson)));
            }
            awaitAll(sends);
            rows.forEach(row -> jdbc.update("update lesson set shared_version = ? where lesson_id = ?",
                    row.get("version"), row.get("lesson_id")));
            return rows.size();
        });
        return shared == null ? 0 : shared;
    }

    private static void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the insights batch; it will be sent again", e);
        }
    }
}
