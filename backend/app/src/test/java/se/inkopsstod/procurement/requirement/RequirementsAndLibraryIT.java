package se.inkopsstod.procurement.requirement;

import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Requirements from needs and from the shared library, traced both ways, over the real API. */
@InkopsstodIntegrationTest
class RequirementsAndLibraryIT {

    private static final String NEED = """
            {"statement":"%s","perspective":"teacher","schoolProcess":"attendance","priority":"HIGH"}""";

    @Test
    void theLibraryIsSeededAndSearchable() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        JsonNode all = buyer.json("/api/library/requirements");
        assertThat(all.size()).isGreaterThanOrEqualTo(30);
        Set<String> categories = new HashSet<>();
        all.forEach(t -> categories.add(t.get("category").asString()));
        assertThat(categories).hasSize(9);

        JsonNode ss12000 = buyer.json("/api/library/requirements?q=ss%2012000");
        assertThat(ss12000.size()).isPositive().isLessThan(all.size());
        ss12000.forEach(t -> assertThat(t.toString().toLowerCase()).contains("ss 12000"));
        buyer.json("/api/library/requirements?category=ACCESSIBILITY&kind=MANDATORY")
                .forEach(t -> assertThat(t.get("category").asString() + t.get("kind").asString()).isEqualTo("ACCESSIBILITYMANDATORY"));

        assertThat(ApiSession.login("edulab-1").get("/api/library/requirements").statusCode()).isEqualTo(403);
    }

    @Test
    void associationStaffCurateTheLibraryWithRevisions() {
        ApiSession staff = ApiSession.login("staff");
        String title = "Loggning av administratörsåtgärder " + UUID.randomUUID();
        String body = """
                {"titleSv":"%s","text":"Tjänsten ska logga alla administratörsåtgärder.","kind":"MANDATORY",
                 "category":"SECURITY_AND_PRIVACY","verificationMethod":"Demonstration","schoolProcesses":["administration"],
                 "references":["ISO/IEC 27001"]}""".formatted(title);
        HttpResponse<String> created = staff.post("/api/library/requirements", body);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = ApiSession.parse(created.body()).get("id").asString();

        JsonNode revised = ApiSession.parse(staff.put("/api/library/requirements/" + id,
                body.replace("alla administratörsåtgärder", "alla administratörsåtgärder i minst ett år")).body());
        assertThat(revised.get("revision").asInt()).isEqualTo(2);

        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        assertThat(buyer.post("/api/library/requirements", body).statusCode()).isEqualTo(403);
        assertThat(buyer.put("/api/library/requirements/" + id, body).statusCode()).isEqualTo(403);

        assertThat(staff.post("/api/library/requirements/" + id + "/retire", "{\"reason\":\"Ingår i ISO-mallen\"}").statusCode()).isEqualTo(200);
        assertThat(buyer.json("/api/library/requirements").toString()).doesNotContain(title);
        assertThat(buyer.json("/api/library/requirements?includeRetired=true").toString()).contains(title);
    }

    @Test
    void requirementsComeFromNeedsOrTemplatesAndAreTracedBothWays() {
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        String procurement = procurement(buyer);
        String covered = need(buyer, procurement, "Frånvaro på en minut");
        String uncovered = need(buyer, procurement, "Vårdnadshavare ser frånvaro direkt");
        String path = "/api/procurements/" + procurement + "/requirements";

        HttpResponse<String> fromNeeds = buyer.post(path, """
                {"text":"Lärare bör kunna rapportera frånvaro med högst tre klick.","kind":"EVALUATED","weight":30,
                 "category":"FUNCTION","verificationMethod":"Användartest","needIds":["%s"]}""".formatted(covered));
        assertThat(fromNeeds.statusCode()).as(fromNeeds.body()).isEqualTo(201);

        JsonNode template = buyer.json("/api/library/requirements?kind=EVALUATED").get(0);
        HttpResponse<String> fromTemplate = buyer.post(path, """
                {"templateId":"%s","weight":10}""".formatted(template.get("id").asString()));
        assertThat(fromTemplate.statusCode()).isEqualTo(201);
        JsonNode copy = ApiSession.parse(fromTemplate.body());
        assertThat(copy.get("template").get("id").asString()).isEqualTo(template.get("id").asString());
        assertThat(copy.get("template").get("revision").asInt()).isEqualTo(template.get("revision").asInt());
        assertThat(copy.get("text").asString()).isEqualTo(template.get("text").asString());

        // the buyer edits the copy freely; it still remembers where it came from
        HttpResponse<String> edited = buyer.write("PATCH", path + "/" + copy.get("id").asString(),
                "{\"baseVersion\":1,\"changes\":{\"text\":\"Egen formulering\"}}", "application/json");
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(ApiSession.parse(edited.body()).get("template").get("id").asString()).isEqualTo(template.get("id").asString());

        JsonNode requirements = buyer.json(path);
        assertThat(requirements.get(0).get("weightShare").decimalValue()).isEqualByComparingTo("75.0");
        assertThat(requirements.get(1).get("weightShare").decimalValue()).isEqualByComparingTo("25.0");

        JsonNode trace = buyer.json("/api/procurements/" + procurement + "/trace");
        assertThat(trace.get("needsWithoutRequirements").toString()).contains(uncovered).doesNotContain(covered);
        assertThat(trace.get("requirementsWithoutNeeds").toString()).contains(copy.get("id").asString());
        assertThat(trace.get("needs").toString()).contains(ApiSession.parse(fromNeeds.body()).get("id").asString());

        JsonNode history = buyer.json(path + "/" + copy.get("id").asString() + "/history");
        assertThat(history.get(0).get("changes").get(0).get("to").asString()).isEqualTo("Egen formulering");
    }

    @Test
    void badRequirementsAreRefused() {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        String procurement = procurement(buyer);
        String otherProcurementsNeed = need(buyer, procurement(buyer), "Annan upphandling");
        String path = "/api/procurements/" + procurement + "/requirements";

        assertThat(buyer.post(path, "{\"text\":\"X\",\"kind\":\"EVALUATED\",\"weight\":-1,\"category\":\"FUNCTION\"}").statusCode()).isEqualTo(400);
        assertThat(buyer.post(path, "{\"text\":\"X\",\"kind\":\"EVALUATED\",\"weight\":\"tio\",\"category\":\"FUNCTION\"}").statusCode()).isEqualTo(400);
        assertThat(buyer.post(path, "{\"text\":\"X\",\"kind\":\"EVALUATED\",\"category\":\"FUNCTION\"}").statusCode()).isEqualTo(400);
        assertThat(buyer.post(path, "{\"text\":\"\",\"kind\":\"MANDATORY\",\"category\":\"FUNCTION\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> unknownCategory = buyer.post(path, "{\"text\":\"X\",\"kind\":\"MANDATORY\",\"category\":\"IDENTITY\"}");
        assertThat(unknownCategory.statusCode()).isEqualTo(400);
        assertThat(ApiSession.parse(unknownCategory.body()).get("errors").get(0).get("field").asString()).isEqualTo("category");
        assertThat(ApiSession.parse(unknownCategory.body()).get("detail").asString()).contains("IDENTITY_AND_EID");
        HttpResponse<String> foreignNeed = buyer.post(path, """
                {"text":"X","kind":"MANDATORY","category":"FUNCTION","needIds":["%s"]}""".formatted(otherProcurementsNeed));
        assertThat(foreignNeed.statusCode()).isEqualTo(400);
        assertThat(ApiSession.parse(foreignNeed.body()).get("code").asString()).isEqualTo("requirement.unknown-need");
        assertThat(buyer.post(path, "{\"templateId\":\"" + UUID.randomUUID() + "\"}").statusCode()).isEqualTo(404);
        assertThat(buyer.json(path).size()).isZero();

        ApiSession otherTenant = ApiSession.login("fjallby-buyer1");
        assertThat(otherTenant.get(path).statusCode()).isEqualTo(404);
        assertThat(otherTenant.get("/api/procurements/" + procurement + "/trace").statusCode()).isEqualTo(404);
        assertThat(ApiSession.login("staff").get(path).statusCode()).isEqualTo(403);
        // a teacher off the team does not reach the procurement at all
        assertThat(ApiSession.login("larande-user1").post(path, "{\"text\":\"X\",\"kind\":\"MANDATORY\",\"category\":\"FUNCTION\"}")
                .statusCode()).isEqualTo(404);
    }

    private static String procurement(ApiSession buyer) {
        HttpResponse<String> response = buyer.post("/api/procurements", """
                {"title":"Krav %s","category":"attendance","procedure":"SIMPLIFIED","estimatedValueSek":500000}""".formatted(UUID.randomUUID()));
        assertThat(response.statusCode()).isEqualTo(201);
        return ApiSession.parse(response.body()).get("id").asString();
    }

    private static String need(ApiSession buyer, String procurement, String statement) {
        HttpResponse<String> response = buyer.post("/api/procurements/" + procurement + "/needs", NEED.formatted(statement));
        assertThat(response.statusCode()).isEqualTo(201);
        return ApiSession.parse(response.body()).get("id").asString();
    }
}
