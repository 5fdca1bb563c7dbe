package se.inkopsstod.devstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the demo people from {@code demo/demo-data.json}, the one list that the application's
 * demo seed, this identity provider and the Keycloak realm export all follow.
 */
public final class DemoUsers {

    public static final String RESOURCE = "demo/demo-data.json";

    private final String password;
    private final List<DemoUser> users;

    private DemoUsers(String password, List<DemoUser> users) {
        this.password = password;
        this.users = List.copyOf(users);
    }

    public static DemoUsers load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<DemoUser> users = new ArrayList<>();
            root.get("tenants").forEach(t -> t.get("members").forEach(m -> users.add(user(m))));
            root.get("vendorOrganisations").forEach(v -> v.get("users").forEach(u -> users.add(user(u))));
            root.get("platformStaff").forEach(s -> users.add(user(s)));
            // people who can log in but belong to no organisation until one invites or registers them
            if (root.has("unaffiliated")) {
                root.get("unaffiliated").forEach(u -> users.add(user(u)));
            }
            return new DemoUsers(root.get("password").asString(), users);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoUser user(JsonNode node) {
        return new DemoUser(node.get("username").asString(), node.get("name").asString(), node.get("email").asString());
    }

    public String password() {
        return password;
    }

    public List<DemoUser> all() {
        return users;
    }
}
