package se.inkopsstod.insights;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import se.inkopsstod.outcomes.OutcomesApi;
import se.inkopsstod.outcomes.OutcomesApi.Implemented;
import se.inkopsstod.outcomes.contract.Pseudonyms;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TopicReader;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What leaves every tenant, read as an outsider would: a real Kafka consumer reads both insights topics
 * from the first offset after the demo history and a scripted run (a follow-up closed with names in its
 * comments, a lesson approved after anonymisation, one waiting for review, one rejected), and no message may
 * hold a tenant's or vendor's name or organisation number, a person's name or e-mail, a school, a
 * procurement title or a lesson text that was never approved.
 */
@InkopsstodIntegrationTest
class InsightsTopicsPrivacyIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Pseudonyms pseudonyms;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${inkopsstod.kafka.topics.insights-outcomes}")
    String outcomesTopic;
    @Value("${inkopsstod.kafka.topics.insights-lessons}")
    String lessonsTopic;

    @Test
    void noInsightsMessageNamesATenantAPersonASchoolOrCarriesUnapprovedText() throws Exception {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        ApiSession teacher = ApiSession.login("larande-user1");
        ApiSession staff = ApiSession.login("staff");
        Implemented procurement = OutcomesApi.implementedProcurement(buyer, OutcomesApi.uniqueTitle());
        OutcomesApi.team(buyer, procurement.procurementId(), teacher);
        assertThat(buyer.post(procurement.followUp(), "{}").statusCode()).isEqualTo(201);
        assertThat(buyer.put(procurement.followUp() + "/facts", """
                {"deliveryQuality":4,"deliveryComment":"Sara Nyström och Edulab Lärplattformar AB löste det","yearlyCostPerPupilSek":130}""")
                .statusCode()).isEqualTo(200);
        assertThat(teacher.post(procurement.followUp() + "/survey", """
                {"ratings":{"EASE_OF_USE":4,"SUPPORTS_WORK":4,"RELIABILITY":5,"VENDOR_SUPPORT":3},"comment":"Sofia Karlsson tycker om det"}""")
                .statusCode()).isEqualTo(201);
        assertThat(buyer.post(procurement.followUp() + "/close", "{}").statusCode()).isEqualTo(200);

        String approved = lesson(buyer, "Sara Nyström på Lärande Skolor AB ringde Henrik Dahl på Edulab, 070-111 22 33. "
                + "Dialogmöten tidigt gav bättre krav.");
        assertThat(staff.post("/api/review/lessons/" + approved + "/approve", "{}").statusCode()).isEqualTo(200);
        String waiting = lesson(buyer, "Väntande lärdom om prisbilagor som ingen granskat ännu.");
        String rejected = lesson(buyer, "Avvisad lärdom om utbildningsdagar för lärarna.");
        assertThat(staff.post("/api/review/lessons/" + rejected + "/reject", "{\"reason\":\"För allmän.\"}").statusCode()).isEqualTo(200);

        String outcomeRef = pseudonyms.procurement(procurement.procurementId());
        String lessonRef = pseudonyms.lesson(approved);
        List<String> messages = messages();
        long deadline = System.currentTimeMillis() + 20_000;
        while ((messages.stream().noneMatch(m -> m.contains(outcomeRef)) || messages.stream().noneMatch(m -> m.contains(lessonRef)))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            messages = messages();
        }
        assertThat(messages).as("the scripted outcome reached the topic").anyMatch(m -> m.contains(outcomeRef));
        assertThat(messages).as("the approved lesson reached the topic").anyMatch(m -> m.contains(lessonRef));
        assertThat(messages.size()).as("the demo history is there too").isGreaterThan(20);

        List<Pattern> forbidden = forbidden();
        assertThat(forbidden.size()).as("what the platform knows of its tenants").isGreaterThan(50);
        List<String> leaks = new ArrayList<>();
        for (String message : messages) {
            for (Pattern pattern : forbidden) {
                if (pattern.matcher(message).find()) {
                    leaks.add(pattern.pattern() + " in " + message);
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(messages).noneMatch(m -> m.contains("@")).noneMatch(m -> m.contains(waiting)).noneMatch(m -> m.contains(rejected));
    }

    private String lesson(ApiSession buyer, String text) {
        HttpResponse<String> submitted = buyer.post("/api/lessons", """
                {"whatWorked":"%s","whatToChange":"","category":"MARKET_DIALOGUE","phase":"MARKET_DIALOGUE"}""".formatted(text));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return ApiSession.parse(submitted.body()).get("id").asString();
    }

    private List<String> messages() {
        List<String> all = new ArrayList<>(TopicReader.readAll(bootstrapServers, outcomesTopic));
        all.addAll(TopicReader.readAll(bootstrapServers, lessonsTopic));
        return all;
    }

    /** Everything the platform's own records say that identifies someone, as whole words, case-insensitively. */
    private List<Pattern> forbidden() {
        Set<String> words = new LinkedHashSet<>();
        for (String name : jdbc.queryForList("select name from directory_tenant union select name from directory_vendor_organisation",
                String.class)) {
            words.add(name);
            String base = name.replaceFirst("(?i)\\s+(kommun|stad|ab|aktiebolag)$", "").replaceFirst("s$", "");
            if (base.length() >= 5) {
                words.add(base);
            }
        }
        words.addAll(jdbc.queryForList("select organisation_number from directory_tenant union "
                + "select organisation_number from directory_vendor_organisation", String.class));
        // people with a full name (the test suite also makes one-word placeholder people)
        jdbc.queryForList("select name from directory_person", String.class).stream()
                .filter(name -> name.strip().contains(" ")).forEach(words::add);
        words.addAll(jdbc.queryForList("select email from directory_person where email is not null", String.class));
        words.addAll(jdbc.queryForList("select name from directory_tenant_school", String.class));
        words.addAll(jdbc.queryForList("select title from procurement_view", String.class));
        for (var row : jdbc.queryForList("select what_worked, what_to_change from lesson where status <> 'APPROVED'")) {
            row.values().stream().map(v -> (String) v).filter(v -> v != null && v.strip().length() >= 12).forEach(words::add);
        }
        // other tests approve lessons whose whole text is a placeholder ("xxxxxxxx") that also names their test data:
        // an approved text may say what it says
        Set<String> approved = new java.util.HashSet<>();
        for (var row : jdbc.queryForList("select what_worked, what_to_change from lesson where status = 'APPROVED'")) {
            row.values().stream().filter(v -> v != null).map(v -> ((String) v).strip().toLowerCase(java.util.Locale.ROOT))
                    .forEach(approved::add);
        }
        return words.stream().filter(w -> w != null && w.strip().length() >= 4)
                .filter(w -> !approved.contains(w.strip().toLowerCase(java.util.Locale.ROOT)))
                .map(w -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(w.strip()) + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }
}
