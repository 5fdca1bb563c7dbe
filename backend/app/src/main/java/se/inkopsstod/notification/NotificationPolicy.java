package se.inkopsstod.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.inkopsstod.procurement.api.Participants;
import se.inkopsstod.procurement.api.ProcurementParticipants;
import se.inkopsstod.tenancy.api.Contact;
import se.inkopsstod.tenancy.api.Contacts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from the domain-event topic who is told what. Each message is handled in one database
 * transaction with the record that its event id was handled, so a redelivery tells nobody twice.
 * Who is concerned is read when the event arrives (the team and the invited vendors as they are
 * then), and only people who still belong where the event happened are told.
 */
@Component
class NotificationPolicy {

    static final String CONSUMER = "notifications";
    private static final Logger log = LoggerFactory.getLogger(NotificationPolicy.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final ProcurementParticipants procurements;
    private final Contacts contacts;
    private final Notifier notifier;
    private final Duration maxAge;

    NotificationPolicy(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, ProcurementParticipants procurements,
                       Contacts contacts, Notifier notifier, NotificationsProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.procurements = procurements;
        this.contacts = contacts;
        this.notifier = notifier;
        this.maxAge = properties.maxAge();
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER, topics = "${inkopsstod.kafka.topics.domain-events}")
    void on(String message) {
        transaction.executeWithoutResult(status -> apply(message));
    }

    void apply(String message) {
        JsonNode event = json.readTree(message);
        String eventId = text(event, "eventId");
        if (eventId == null) {
            return;
        }
        boolean first = jdbc.sql("insert into kafka_processed_event (consumer, event_id) values (?, ?) on conflict do nothing")
                .params(CONSUMER, eventId).update() == 1;
        if (!first) {
            return;
        }
        String occurredAt = text(event, "occurredAt");
        // news only: a first start on an old event log, or a replay, must not mail anyone about the past
        if (occurredAt != null && Instant.parse(occurredAt).isBefore(Instant.now().minus(maxAge))) {
            return;
        }
        notice(eventId, String.valueOf(text(event, "eventType")), event.path("payload"), event.path("metadata"))
                .ifPresent(notifier::notify);
    }

    private Optional<Notice> notice(String eventId, String type, JsonNode payload, JsonNode metadata) {
        switch (type) {
            case "QuestionAskedEvent":
                return toTeam(eventId, NotificationKind.QUESTION_ASKED, "", payload, Set.of(text(payload, "askedBy")), List.of());
            case "AnswerPublishedEvent":
                return toVendors(eventId, NotificationKind.ANSWER_PUBLISHED, payload, List.of());
            case "RequirementAmendedEvent":
                return toVendors(eventId, NotificationKind.AMENDMENT, payload, List.of(payload.path("number").asString()));
            case "TenderDeadlineExtendedEvent":
                return toVendors(eventId, NotificationKind.DEADLINE_EXTENDED, payload,
                        List.of(NotificationTexts.moment(Instant.parse(text(payload, "to"))),
                                NotificationTexts.day(LocalDate.parse(text(payload, "lastQuestionDay")))));
            case "StandstillStartedEvent":
                return toVendors(eventId, NotificationKind.AWARD_DECISION, payload,
                        List.of(NotificationTexts.moment(Instant.parse(text(payload, "endsAt")))));
            case "CommentAddedEvent":
                return mentioned(eventId, payload, metadata);
            case "FollowUpOpenedEvent":
                return toTeam(eventId, NotificationKind.SURVEY_OPENED, "", payload, Set.of(text(payload, "by")), List.of());
            case "LessonSubmittedEvent":
                rememberWriter(payload);
                return Optional.empty();
            case "LessonApprovedEvent":
                return toWriter(eventId, "APPROVED", payload);
            case "LessonRejectedEvent":
                return toWriter(eventId, "REJECTED", payload);
            default:
                return Optional.empty();
        }
    }

    /** The procurement's team, less whoever caused it. */
    private Optional<Notice> toTeam(String eventId, NotificationKind kind, String variant, JsonNode payload, Set<String> except,
                                    List<String> arguments) {
        return procurements.of(text(payload, "procurementId")).map(p -> {
            Set<String> people = new HashSet<>(p.team());
            people.removeAll(except);
            return notice(eventId, kind, variant, p, arguments, teamContacts(p, people));
        });
    }

    private Optional<Notice> toVendors(String eventId, NotificationKind kind, JsonNode payload, List<String> arguments) {
        return procurements.of(text(payload, "procurementId"))
                .map(p -> notice(eventId, kind, "", p, arguments, contacts.vendorUsers(p.invitedVendors())));
    }

    /** Only the team can be mentioned (the comment service checks it); the check is made again here. */
    private Optional<Notice> mentioned(String eventId, JsonNode payload, JsonNode metadata) {
        Set<String> mentions = new HashSet<>();
        payload.path("mentions").forEach(m -> mentions.add(m.asString()));
        mentions.remove(text(payload, "author"));
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        String author = Optional.ofNullable(text(metadata, "userName")).orElse("");
        return procurements.of(text(payload, "procurementId")).map(p -> {
            mentions.retainAll(p.team());
            return notice(eventId, NotificationKind.MENTION, "", p, List.of(author), teamContacts(p, mentions));
        });
    }

    private void rememberWriter(JsonNode payload) {
        jdbc.sql("""
                        insert into notification_lesson_writer (lesson_id, person_id, tenant_id, procurement_id) values (?, ?, ?, ?)
                        on conflict (lesson_id) do nothing""")
                .params(text(payload, "lessonId"), text(payload, "by"), text(payload, "tenantId"), text(payload, "procurementId"))
                .update();
    }

    private Optional<Notice> toWriter(String eventId, String variant, JsonNode payload) {
        return jdbc.sql("select person_id, tenant_id, procurement_id from notification_lesson_writer where lesson_id = ?")
                .param(text(payload, "lessonId"))
                .query((rs, n) -> List.of(rs.getString("person_id"), rs.getString("tenant_id"),
                        Optional.ofNullable(rs.getString("procurement_id")).orElse("")))
                .optional()
                .map(writer -> {
                    String title = procurements.of(writer.get(2)).map(Participants::title).orElse("");
                    List<Contact> writers = contacts.contacts(Set.of(writer.get(0))).values().stream()
                            .filter(c -> writer.get(1).equals(c.tenantId())).toList();
                    return new Notice(eventId, NotificationKind.LESSON_REVIEWED, variant, writer.get(1),
                            writer.get(2).isEmpty() ? null : writer.get(2), List.of(title), writers);
                });
    }

    private List<Contact> teamContacts(Participants procurement, Collection<String> people) {
        return contacts.contacts(people).values().stream().filter(c -> procurement.tenantId().equals(c.tenantId())).toList();
    }

    private static Notice notice(String eventId, NotificationKind kind, String variant, Participants procurement,
                                 List<String> arguments, Collection<Contact> recipients) {
        List<String> words = new ArrayList<>();
        words.add(procurement.title());
        words.addAll(arguments);
        return new Notice(eventId, kind, variant, procurement.tenantId(), procurement.procurementId(), words, recipients);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }
}
