package se.inkopsstod.docs;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so the production-like set-up is checked as files: the compose
 * file parses and configures the app with every setting it needs, and the Keycloak realm lets
 * every demo person log in with a verified e-mail, as the development provider does.
 */
class InfrastructureFilesTest {

    private static final Path ROOT = Path.of("../..");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheStackAndConfiguresTheAppByEnvironment() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("postgres", "kafka", "keycloak", "app");

        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(environment(app.get("environment"))).containsKeys("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD",
                "KAFKA_BOOTSTRAP_SERVERS", "OIDC_ISSUER_URI", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "PUBLIC_BASE_URL",
                "INSIGHTS_PSEUDONYM_KEY", "TENDER_SEALING_KEY");
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeKeepsUploadedFilesInMinio() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKey("minio");
        Map<String, Object> minio = environment(((Map<String, Object>) services.get("minio")).get("environment"));
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, Object> environment = environment(app.get("environment"));
        assertThat(environment).containsEntry("INKOPSSTOD_BLOBS_STORE", "s3")
                .containsEntry("INKOPSSTOD_BLOBS_S3_ENDPOINT", "http://minio:9000")
                .containsEntry("INKOPSSTOD_BLOBS_S3_ACCESS_KEY", minio.get("MINIO_ROOT_USER"))
                .containsEntry("INKOPSSTOD_BLOBS_S3_SECRET_KEY", minio.get("MINIO_ROOT_PASSWORD"))
                .containsKey("INKOPSSTOD_BLOBS_S3_BUCKET");
        assertThat((Map<String, Object>) app.get("depends_on")).containsKey("minio");
    }

    @Test
    void keycloakRealmHasEveryDemoPersonWithAVerifiedEmail() throws IOException {
        JsonNode demo = JSON.readTree(ROOT.resolve("backend/app/src/test/resources/demo/demo-data.json").toFile());
        JsonNode realm = JSON.readTree(ROOT.resolve("infra/keycloak/realm-inkopsstod.json").toFile());
        Map<String, JsonNode> realmUsers = new HashMap<>();
        realm.get("users").forEach(u -> realmUsers.put(u.get("username").asString(), u));

        List<JsonNode> people = new ArrayList<>();
        demo.get("tenants").forEach(t -> t.get("members").forEach(people::add));
        demo.get("vendorOrganisations").forEach(v -> v.get("users").forEach(people::add));
        demo.get("platformStaff").forEach(people::add);
        demo.get("unaffiliated").forEach(people::add);

        assertThat(people).hasSizeGreaterThanOrEqualTo(3 * 5 + 2 * 2 + 2);
        for (JsonNode person : people) {
            JsonNode user = realmUsers.get(person.get("username").asString());
            assertThat(user).as(person.get("username").asString()).isNotNull();
            assertThat(user.get("email").asString()).isEqualTo(person.get("email").asString());
            assertThat(user.get("emailVerified").asBoolean()).isTrue();
            assertThat(user.get("credentials").toString()).contains(demo.get("password").asString());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Object environment) {
        if (environment instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> result = new HashMap<>();
        for (Object entry : (List<Object>) environment) {
            String[] parts = entry.toString().split("=", 2);
            result.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return result;
    }
}
