package se.inkopsstod.outcomes;

import se.inkopsstod.testing.ApiSession;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sets up procurements that have reached implementation, through the real API, for the outcomes tests. */
public final class OutcomesApi {

    private OutcomesApi() {
    }

    /** An implemented procurement with one accepted need (its indicator: minutes per week, 120 → 60) and two requirements. */
    public static Implemented implementedProcurement(ApiSession buyer, String title) {
        HttpResponse<String> created = buyer.post("/api/procurements", """
                {"title":"%s","category":"attendance","procedure":"OPEN","estimatedValueSek":400000}""".formatted(title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String procurement = ApiSession.parse(created.body()).get("id").asString();
        String base = "/api/procurements/" + procurement;
        HttpResponse<String> need = buyer.post(base + "/needs", """
                {"statement":"Frånvaro ska rapporteras snabbt","perspective":"teacher","schoolProcess":"attendance",
                 "priority":"HIGH","steeringDocument":"Skollagen",
                 "benefit":{"description":"Mindre tid","indicator":"Minuter per vecka","baseline":120,"target":60,"unit":"min"}}""");
        assertThat(need.statusCode()).as(need.body()).isEqualTo(201);
        String needId = ApiSession.parse(need.body()).get("id").asString();
        assertThat(buyer.post(base + "/needs/" + needId + "/accept", "{}").statusCode()).isEqualTo(200);
        for (String text : new String[]{"Elevdata ska kunna hämtas enligt SS 12000.", "Frånvaro ska kunna anmälas i mobilen."}) {
            HttpResponse<String> requirement = buyer.post(base + "/requirements", """
                    {"text":"%s","kind":"MANDATORY","category":"INTEROPERABILITY","needIds":["%s"]}""".formatted(text, needId));
            assertThat(requirement.statusCode()).as(requirement.body()).isEqualTo(201);
        }
        for (String phase : new String[]{"REQUIREMENTS", "TENDERING", "EVALUATION", "AWARDED", "IMPLEMENTATION"}) {
            HttpResponse<String> moved = buyer.put(base + "/phase", "{\"phase\":\"" + phase + "\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        }
        return new Implemented(procurement, needId);
    }

    /** Puts these people on the procurement's team: the follow-up, like every route of a procurement, is for its team. */
    public static void team(ApiSession buyer, String procurementId, ApiSession... members) {
        StringBuilder ids = new StringBuilder("\"" + buyer.json("/api/me").get("id").asString() + "\"");
        for (ApiSession member : members) {
            ids.append(",\"").append(member.json("/api/me").get("id").asString()).append('"');
        }
        HttpResponse<String> team = buyer.put("/api/procurements/" + procurementId + "/team", "{\"memberIds\":[" + ids + "]}");
        assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
    }

    public static String uniqueTitle() {
        return "Uppföljning " + UUID.randomUUID();
    }

    public record Implemented(String procurementId, String needId) {
        public String followUp() {
            return "/api/procurements/" + procurementId + "/follow-up";
        }
    }
}
