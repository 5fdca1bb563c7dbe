package se.inkopsstod.procurement.ocds;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The official OCDS 1.1.5 release package schema with the Enquiries extension merged into its
 * release schema, loaded from the test resources (src/test/resources/ocds, see its README): the
 * package schema's https reference to the release schema is answered locally, never fetched.
 */
final class OcdsSchema {

    static final String PACKAGE_SCHEMA = "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json";
    static final String RELEASE_SCHEMA = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = load();

    private OcdsSchema() {
    }

    /** Every way the package breaks the schema, as readable lines; empty when it is valid. */
    static List<String> errors(JsonNode releasePackage) {
        return SCHEMA.validate(releasePackage).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        ObjectNode release = (ObjectNode) read("release-schema.json");
        // an extension's release schema is a JSON Merge Patch (RFC 7386) over the core release schema
        mergePatch(release, read("enquiry-extension-release-schema.json"));
        // draft-04 plus the annotations OCDS adds to it (codelist, deprecated …), which validate nothing
        Dialect ocds = Dialect.builder(Dialects.getDraft4()).keywords(Stream.of("codelist", "openCodelist", "deprecated",
                "omitWhenMerged", "wholeListMerge", "versionId", "mergeStrategy", "mergeOptions")
                .map(NonValidationKeyword::new).toList()).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(ocds,
                builder -> builder.schemas(Map.of(PACKAGE_SCHEMA, read("release-package-schema.json").toString(),
                        RELEASE_SCHEMA, release.toString())));
        return registry.getSchema(SchemaLocation.of(PACKAGE_SCHEMA));
    }

    static void mergePatch(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode existing) {
                mergePatch(existing, value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static JsonNode read(String name) {
        try (InputStream in = OcdsSchema.class.getResourceAsStream("/ocds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /ocds/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
