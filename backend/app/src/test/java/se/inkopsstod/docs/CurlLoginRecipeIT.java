package se.inkopsstod.docs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The curl recipe that docs/api.md shows really logs a demo user in, both as a session and with a bearer token. */
@InkopsstodIntegrationTest
class CurlLoginRecipeIT {

    private static final Path RECIPE = Path.of("../../docs/api/login-with-curl.sh");

    @ParameterizedTest
    @CsvSource({"session, alvstad-user1, Karin Holm", "bearer, edulab-2, Nora Falk", "bearer, fjallby-admin, Per Ström"})
    void recipeLogsInAndCallsMe(String mode, String username, String name) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", RECIPE.toString(), mode, username, "demo").redirectErrorStream(true);
        builder.environment().put("APP", DevStackInitializer.appBaseUrl());
        builder.environment().put("ISSUER", DevStackInitializer.issuer());
        Process process = builder.start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        JsonNode me = ApiSession.parse(output);
        assertThat(me.get("name").asString()).isEqualTo(name);
        assertThat(me.get("roles").size()).isPositive();
    }
}
