package se.inkopsstod.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.devstack.EmbeddedMailService;
import se.inkopsstod.devstack.ReceivedMail;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.SseStream;
import se.inkopsstod.testing.TestClock;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.inkopsstod.procurement.WorkspaceApi.ask;
import static se.inkopsstod.procurement.WorkspaceApi.publishedWithTeam;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * People are told what concerns them, in the app and by e-mail through the real (embedded) SMTP
 * server, as each chose: the team of a vendor's question, every invited vendor's people of a
 * published answer, the mentioned person of a mention, nobody else; once per event; with a retry
 * when the mail server is down, and deadline reminders sent once however many runs meet.
 */
@InkopsstodIntegrationTest
class NotificationsIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Autowired
    DailyDigest digest;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    JdbcClient jdbc;

    private final EmbeddedMailService mail = DevStackInitializer.stack().embeddedMail().orElseThrow();

    @AfterEach
    void mailServerUpAndClockBack() {
        mail.startSmtp();
        TestClock.reset();
    }

    @Test
    void aVendorsQuestionTellsTheTeamAndAPublishedAnswerEveryInvitedVendorsPeople() {
        ApiSession buyer = ApiSession.login("fjallby-buyer1").speaking("sv");
        ApiSession teacher = ApiSession.login("fjallby-user1");
        ApiSession offTeam = ApiSession.login("fjallby-user2");
        ApiSession asker = ApiSession.login("edulab-1");
        ApiSession colleague = ApiSession.login("edulab-2");
        ApiSession otherVendor = ApiSession.login("skolsys-1").speaking("sv");
        String procurement = publishedWithTeam(buyer, 30, teacher);
        String title = buyer.json("/api/procurements/" + procurement).get("title").asString();

        String question = ask(asker, procurement, "Hur exporteras schemat vid avtalets slut?");

        JsonNode told = awaitNotification(buyer, procurement, "QUESTION_ASKED");
        assertThat(told.get("title").asString()).isEqualTo("Ny fråga från en leverantör i " + title);
        assertThat(told.get("read").asBoolean()).isFalse();
        assertThat(told.get("path").asString()).isEqualTo("/upphandlingar/" + procurement);
        assertThat(told.toString()).as("no free text, no asker").doesNotContain("exporteras").doesNotContain("Edulab");
        assertThat(awaitNotification(teacher, procurement, "QUESTION_ASKED").get("title").asString())
                .as("English when asked in English").isEqualTo("New question from a vendor in " + title);
        ReceivedMail toBuyer = awaitMail(email(buyer), "Ny fråga från en leverantör i " + title);
        assertThat(toBuyer.text()).contains("/upphandlingar/" + procurement).contains("/aviseringar").doesNotContain("exporteras");
        assertThat(toBuyer.html()).contains("href=\"http://localhost:");

        String path = "/api/procurements/" + procurement + "/questions/" + question;
        assertThat(buyer.write("PATCH", path, "{\"baseVersion\":1,\"changes\":{\"answer\":\"I CSV och JSON.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.post(path + "/publish", "").statusCode()).isEqualTo(200);

        for (ApiSession vendor : List.of(asker, colleague, otherVendor)) {
            awaitNotification(vendor, procurement, "ANSWER_PUBLISHED");
        }
        awaitMail(email(otherVendor), "Nytt svar publicerat i " + title);
        assertThat(ofProcurement(offTeam, procurement)).as("a teacher off the team hears nothing").isEmpty();
        assertThat(ofProcurement(asker, procurement)).extracting(n -> n.get("kind").asString())
                .as("a vendor is never told of questions, not even its own").containsExactly("ANSWER_PUBLISHED");
        assertThat(ofProcurement(ApiSession.login("larande-buyer1"), procurement)).as("another huvudman").isEmpty();
        assertThat(mailsTo(email(buyer), title)).as("one event, one mail").hasSize(1);
    }

    @Test
    void aMentionTellsTheMentionedAsTheyChoseAndTheInboxCountsLive() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession mentioned = ApiSession.login("alvstad-user1").speaking("sv");
        ApiSession notMentioned = ApiSession.login("alvstad-user2");
        String procurement = procurementWithTeam(buyer, mentioned, notMentioned);
        String need = need(buyer, procurement);
        String title = buyer.json("/api/procurements/" + procurement).get("title").asString();
        String me = mentioned.json("/api/me").get("id").asString();
        String buyerName = buyer.json("/api/me").get("name").asString();

        try (SseStream counts = mentioned.stream("/api/notifications/stream", null)) {
            int before = counts.next(e -> "unread".equals(e.name()), ARRIVAL).data().get("unread").asInt();
            comment(buyer, procurement, need, "Kan du titta på det här?", me);
            assertThat(counts.next(e -> "unread".equals(e.name()), ARRIVAL).data().get("unread").asInt())
                    .as("the bell hears of it without asking").isEqualTo(before + 1);

            JsonNode told = awaitNotification(mentioned, procurement, "MENTION");
            assertThat(told.get("title").asString()).isEqualTo(buyerName + " nämnde dig i en kommentar i " + title);
            assertThat(awaitMail(email(mentioned), buyerName + " nämnde dig").text()).doesNotContain("titta på det här");
            assertThat(ofProcurement(notMentioned, procurement)).isEmpty();

            assertThat(mentioned.post("/api/notifications/" + told.get("id").asString() + "/read", "").statusCode()).isEqualTo(204);
            assertThat(counts.next(e -> "unread".equals(e.name()), ARRIVAL).data().get("unread").asInt()).isEqualTo(before);
            assertThat(notMentioned.post("/api/notifications/" + told.get("id").asString() + "/read", "").statusCode())
                    .as("someone else's notification does not exist for them").isEqualTo(404);
        }

        // off: nothing at all; a daily digest: in the app now, by e-mail in the morning's one mail
        JsonNode settings = mentioned.json("/api/notifications/preferences");
        assertThat(settings.get("kinds").toString()).contains("MENTION").doesNotContain("ANSWER_PUBLISHED");
        assertThat(mentioned.put("/api/notifications/preferences", """
                {"language":"en","kinds":[{"kind":"MENTION","delivery":"OFF"}]}""").statusCode()).isEqualTo(200);
        String silent = comment(buyer, procurement, need, "Tyst kommentar", me);
        // preferences apply when the event is handled: let this one be handled before choosing again
        await().atMost(ARRIVAL).until(() -> jdbc.sql("""
                        select count(*) from kafka_processed_event k join domain_event_entry e on e.event_identifier = k.event_id
                         where k.consumer = 'notifications' and e.aggregate_identifier = ?""")
                .param(silent).query(Integer.class).single() == 1);
        assertThat(mentioned.put("/api/notifications/preferences", """
                {"language":"en","kinds":[{"kind":"MENTION","delivery":"DAILY"}]}""").statusCode()).isEqualTo(200);
        comment(buyer, procurement, need, "Till sammanfattningen", me);
        await().atMost(ARRIVAL).until(() -> ofProcurement(mentioned, procurement).size() == 2);
        assertThat(mailsTo(email(mentioned), "mentioned you")).as("not at once").isEmpty();

        digest.sendNow();
        ReceivedMail daily = awaitMail(email(mentioned), "in Inköpsstöd today");
        assertThat(daily.subject()).isEqualTo("1 update in Inköpsstöd today");
        assertThat(daily.text()).contains(buyerName + " mentioned you in a comment in " + title);
        assertThat(digest.sendNow()).as("nothing twice").isZero();
        assertThat(mentioned.post("/api/notifications/read-all", "").statusCode()).isEqualTo(204);
        assertThat(mentioned.json("/api/notifications").get("unread").asInt()).isZero();

        assertThat(mentioned.put("/api/notifications/preferences", """
                {"language":"fi","kinds":[]}""").body()).contains("language");
        assertThat(mentioned.put("/api/notifications/preferences", """
                {"language":"sv","kinds":[{"kind":"ANSWER_PUBLISHED","delivery":"OFF"}]}""").statusCode())
                .as("a kind that is not a teacher's").isEqualTo(400);
    }

    @Test
    void mailIsTriedAgainWhenTheServerIsDownAndTheActionDoesNotWait() {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        ApiSession mentioned = ApiSession.login("larande-user1").speaking("sv");
        String procurement = procurementWithTeam(buyer, mentioned);
        String need = need(buyer, procurement);
        String title = buyer.json("/api/procurements/" + procurement).get("title").asString();

        mail.stopSmtp();
        long started = System.nanoTime();
        comment(buyer, procurement, need, "Medan posten ligger nere", mentioned.json("/api/me").get("id").asString());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        awaitNotification(mentioned, procurement, "MENTION");
        await().atMost(ARRIVAL).until(() -> jdbc.sql("""
                        select count(*) from notification_mail where address = ? and subject like ? and attempts > 0 and sent_at is null
                        """).params(email(mentioned), "%" + title).query(Integer.class).single() == 1);

        mail.startSmtp();
        awaitMail(email(mentioned), title);
    }

    @Test
    void aDeadlineReminderGoesOutOnceThoughTwoRunsMeet() throws Exception {
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        ApiSession vendor = ApiSession.login("skolsys-2").speaking("sv");
        String procurement = publishedWithTeam(buyer, 10);
        String title = buyer.json("/api/procurements/" + procurement).get("title").asString();

        TestClock.advance(Duration.ofDays(10).minusHours(12)); // the tender deadline is 12 hours away
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(reminders::remindNow));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        reminders.remindNow();

        List<JsonNode> told = ofProcurement(vendor, procurement);
        assertThat(told).extracting(n -> n.get("kind").asString()).containsExactly("DEADLINE_APPROACHING");
        assertThat(told.get(0).get("title").asString()).isEqualTo("Sista anbudsdag i " + title + " närmar sig");
        awaitMail(email(vendor), "Sista anbudsdag i " + title);
        assertThat(mailsTo(email(vendor), "Sista anbudsdag i " + title)).hasSize(1);
    }


    private static String need(ApiSession buyer, String procurement) {
        var created = buyer.post("/api/procurements/" + procurement + "/needs", """
                {"statement":"Elever ska se sitt schema i mobilen.","perspective":"teacher","schoolProcess":"assessment","priority":"HIGH"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiSession.parse(created.body()).get("id").asString();
    }

    private static String comment(ApiSession author, String procurement, String item, String text, String mention) {
        var added = author.post("/api/procurements/" + procurement + "/comments", """
                {"itemId":"%s","text":"%s","mentions":["%s"]}""".formatted(item, text, mention));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return ApiSession.parse(added.body()).get("id").asString();
    }


    private static JsonNode awaitNotification(ApiSession person, String procurement, String kind) {
        return await().atMost(ARRIVAL).until(() -> ofProcurement(person, procurement).stream()
                .filter(n -> kind.equals(n.get("kind").asString())).findFirst().orElse(null), n -> n != null);
    }

    private static List<JsonNode> ofProcurement(ApiSession person, String procurement) {
        var response = person.get("/api/notifications?limit=200");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode item : ApiSession.parse(response.body()).get("items")) {
            if (procurement.equals(item.path("procurementId").asString(null))) {
                mine.add(item);
            }
        }
        return mine;
    }

    private ReceivedMail awaitMail(String to, String subjectPart) {
        return await().atMost(ARRIVAL).until(() -> mailsTo(to, subjectPart).stream().findFirst().orElse(null), m -> m != null);
    }

    private List<ReceivedMail> mailsTo(String to, String subjectPart) {
        return mail.messages().stream().filter(m -> m.to().contains(to) && m.subject().contains(subjectPart)).toList();
    }

    private static String email(ApiSession person) {
        return person.json("/api/me").get("email").asString();
    }
}
