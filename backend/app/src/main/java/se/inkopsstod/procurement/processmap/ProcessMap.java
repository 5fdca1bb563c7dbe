package se.inkopsstod.procurement.processmap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.inkopsstod.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The school process map (in the spirit of Edtechkartan) and the perspectives of a need, kept as
 * data in {@code procurement/process-map.json} so that it can change without a code change.
 */
@Component
public class ProcessMap {

    private final JsonNode document;
    private final Set<String> processes = new HashSet<>();
    private final Set<String> perspectives = new HashSet<>();

    ProcessMap(JsonMapper json) {
        try (InputStream in = new ClassPathResource("procurement/process-map.json").getInputStream()) {
            document = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.get("schoolProcesses").forEach(p -> processes.add(p.get("id").asString()));
        document.get("perspectives").forEach(p -> perspectives.add(p.get("id").asString()));
    }

    /** The map as the API serves it. */
    public JsonNode document() {
        return document;
    }

    public void requireProcess(String id, String field) {
        if (!processes.contains(id)) {
            throw new InvalidInputException("process-map.unknown-process", field, "Unknown school process '" + id + "'.").withArguments(id);
        }
    }

    public void requirePerspective(String id, String field) {
        if (!perspectives.contains(id)) {
            throw new InvalidInputException("process-map.unknown-perspective", field, "Unknown perspective '" + id + "'.").withArguments(id);
        }
    }
}
