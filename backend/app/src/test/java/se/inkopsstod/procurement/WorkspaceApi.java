package se.inkopsstod.procurement;

import se.inkopsstod.testing.ApiSession;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sets up workspaces through the real API for integration and browser tests. */
public final class WorkspaceApi {

    private WorkspaceApi() {
    }

    /** A new procurement (uniquely titled) whose team is the buyer and the given members. */
    public static String procurementWithTeam(ApiSession buyer, ApiSession... members) {
        HttpResponse<String> created = buyer.post("/api/procurements", """
                {"title":"Arbetsyta %s","category":"scheduling","procedure":"OPEN","estimatedValueSek":100000}"""
                .formatted(UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiSession.parse(created.body()).get("id").asString();
        if (members.length > 0) {
            List<String> team = new ArrayList<>();
            team.add("\"" + buyer.json("/api/me").get("id").asString() + "\"");
            for (ApiSession member : members) {
                team.add("\"" + member.json("/api/me").get("id").asString() + "\"");
            }
            HttpResponse<String> set = buyer.put("/api/procurements/" + id + "/team",
                    "{\"memberIds\":[" + String.join(",", team) + "]}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        }
        return id;
    }
}
