package se.inkopsstod.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import se.inkopsstod.outcomes.OutcomesApi;
import se.inkopsstod.testing.ApiRoutes;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write route of the application's route table that reads a body, called by someone who may
 * write there, with a broken body, the wrong content type, an oversized body (over the 256 KB a
 * body may have) and extreme values: each answer is a 4xx problem with a {@code code} and a
 * {@code detail} (never 5xx), and nothing of the data changed.
 */
@InkopsstodIntegrationTest
class MalformedRequestsIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final String LONG = "x".repeat(20_000);
    /** Every field the API knows, each with a value out of any range or of the wrong kind. */
    private static final String EXTREME = """
            {"baseVersion":-99999999999999999999,"text":"%1$s","statement":"%1$s","title":"%1$s","name":"%1$s",
             "kind":"UNHEARD_OF","category":"UNHEARD_OF","weight":1e400,"priceSek":-5,"score":12345678901,
             "ratings":{"EASE_OF_USE":999},"tenderDeadline":"9999-99-99","lastQuestionDay":"igår","reason":"%1$s",
             "phase":"NOWHERE","memberIds":[1,2,3],"roles":["GOD"],"schools":["%1$s"],"realisedValue":"många",
             "benefitRealisedPercent":1000,"yearlyCostPerPupilSek":-1,"adoptionPercent":0.5,"deliveryQuality":99,
             "whatWorked":"%1$s","changes":{"text":"%1$s"},"responses":"none","evaluationModel":"COIN_TOSS","editing":"%1$s"}""".formatted(LONG);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void brokenOversizedMistypedAndExtremeBodiesGetA4xxProblemAndChangeNothing() {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Robusthet %s","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}"""
                .formatted(UUID.randomUUID())).body()).get("id").asString();
        String base = "/api/procurements/" + procurement;
        String need = ApiSession.parse(buyer.post(base + "/needs", """
                {"statement":"Ett behov","perspective":"teacher","schoolProcess":"assessment","priority":"HIGH"}""").body())
                .get("id").asString();
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Ett krav","kind":"MANDATORY","category":"FUNCTION","needIds":["%s"]}""".formatted(need)).body())
                .get("id").asString();
        String followUp = OutcomesApi.implementedProcurement(buyer, "Robusthet uppföljning " + UUID.randomUUID()).procurementId();
        assertThat(buyer.post("/api/procurements/" + followUp + "/follow-up", "{}").statusCode()).isEqualTo(201);
        Map<String, String> ids = Map.of("procurementId", procurement, "needId", need, "requirementId", requirement,
                "questionId", UUID.randomUUID().toString(), "vendorOrganisationId", UUID.randomUUID().toString(),
                "lessonId", UUID.randomUUID().toString(), "memberId", buyer.json("/api/me").get("id").asString(),
                "templateId", UUID.randomUUID().toString());
        String before = snapshot(buyer, base, followUp);

        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (ApiRoutes.Route route : ApiRoutes.of(routes)) {
            if (!route.takesBody()) {
                continue;
            }
            String path = path(route.pattern().contains("/follow-up") ? route.pattern().replace("{procurementId}", followUp)
                    : route.pattern(), ids);
            Map<String, String[]> attempts = Map.of(
                    "broken JSON", new String[]{"{\"text\":", "application/json"},
                    "wrong content type", new String[]{"text=hej", "text/plain"},
                    "oversized", new String[]{"{\"text\":\"" + "y".repeat(400_000) + "\"}", "application/json"},
                    "extreme values", new String[]{EXTREME, "application/json"});
            for (Map.Entry<String, String[]> attempt : attempts.entrySet()) {
                tried++;
                HttpResponse<String> answer = buyer.write(route.method().name(), path, attempt.getValue()[0], attempt.getValue()[1]);
                int status = answer.statusCode();
                boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                        && ApiSession.parse(answer.body()).hasNonNull("code") && ApiSession.parse(answer.body()).hasNonNull("detail");
                if (status / 100 != 4 || !problem) {
                    failures.add(route.method() + " " + route.pattern() + " with " + attempt.getKey() + " → " + status + " "
                            + answer.body().substring(0, Math.min(160, answer.body().length())));
                }
            }
        }
        assertThat(tried).as("write routes with a body, four bodies each").isGreaterThan(100);
        assertThat(failures).isEmpty();
        assertThat(snapshot(buyer, base, followUp)).as("nothing stored").isEqualTo(before);
    }

    /** What the owner sees of the procurement, its items and the follow-up: to compare before and after. */
    private static String snapshot(ApiSession owner, String base, String followUp) {
        JsonNode procurement = owner.json(base);
        return procurement.get("version") + "|" + procurement.get("phase") + "|" + owner.json(base + "/needs") + "|"
                + owner.json(base + "/requirements") + "|" + owner.json(base + "/vendors") + "|" + owner.json(base + "/questions") + "|"
                + owner.json("/api/procurements/" + followUp + "/follow-up") + "|" + owner.json("/api/tenant/schools") + "|"
                + owner.json("/api/tenant/members").size() + "|" + owner.json("/api/lessons").size();
    }

    private static String path(String pattern, Map<String, String> ids) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(ids.getOrDefault(m.group(1), UUID.randomUUID().toString())));
        }
        m.appendTail(path);
        return path.toString();
    }
}
