package se.inkopsstod.procurement.library;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.shared.TemplateId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills an empty requirement library with the curated starting set in
 * {@code procurement/requirement-library.json}, through the same commands staff use, so every
 * template has a history from revision 1. Part of the product, not demo data: runs everywhere.
 */
@Component
@Order(3) // before the demo history, which uses the templates
class LibrarySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LibrarySeeder.class);

    private final Library library;
    private final Commands commands;
    private final JsonMapper json;

    LibrarySeeder(Library library, Commands commands, JsonMapper json) {
        this.library = library;
        this.commands = commands;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!library.isEmpty()) {
            return;
        }
        JsonNode root;
        try (InputStream in = new ClassPathResource("procurement/requirement-library.json").getInputStream()) {
            root = json.readTree(in);
        }
        int count = 0;
        for (JsonNode t : root.get("templates")) {
            commands.sendAsSystem(new CreateTemplateCommand(TemplateId.random(), t.get("key").asString(), new TemplateContent(
                    t.get("title").get("sv").asString(), t.get("title").get("en").asString(), t.get("text").asString(),
                    RequirementKind.valueOf(t.get("kind").asString()),
                    t.hasNonNull("defaultWeight") ? t.get("defaultWeight").asInt() : null,
                    RequirementCategory.valueOf(t.get("category").asString()), t.get("verificationMethod").asString(),
                    strings(t.get("schoolProcesses")), strings(t.get("references")))));
            count++;
        }
        log.info("Requirement library: seeded {} templates", count);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
