package se.inkopsstod.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts whichever embedded service is not configured externally and returns the application
 * properties that point the app at them. Each service is replaced on its own: set
 * {@code DATABASE_URL}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code OIDC_ISSUER_URI} or {@code MAIL_HOST}
 * to use a real one.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);

    private final Map<String, String> properties;
    private final List<AutoCloseable> services;

    private DevStack(Map<String, String> properties, List<AutoCloseable> services) {
        this.properties = Collections.unmodifiableMap(properties);
        this.services = services;
    }

    public static DevStack start(DevStackOptions options) {
        Map<String, String> properties = new LinkedHashMap<>();
        List<AutoCloseable> services = new ArrayList<>();
        List<String> banner = new ArrayList<>();
        Map<String, String> env = options.environment();

        if (blank(env.get("DATABASE_URL"))) {
            EmbeddedPostgresService postgres = EmbeddedPostgresService.start(
                    options.dataDirectory().resolve("postgres"), options.postgresPort(), options.persistent());
            services.add(postgres);
            properties.put("spring.datasource.url", postgres.jdbcUrl());
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "postgres");
            banner.add("PostgreSQL 17 (embedded)   " + postgres.jdbcUrl().replaceFirst("\\?.*", "")
                    + "   data: " + (options.persistent() ? postgres.dataDirectory() : "temporary"));
        }
        if (blank(env.get("KAFKA_BOOTSTRAP_SERVERS"))) {
            EmbeddedKafkaService kafka = EmbeddedKafkaService.start(options.kafkaPort());
            services.add(kafka);
            properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
            banner.add("Kafka, KRaft (embedded)    " + kafka.bootstrapServers() + "   log: temporary");
        }
        if (blank(env.get("OIDC_ISSUER_URI"))) {
            DevIdentityProvider idp = DevIdentityProvider.start(options.identityProviderPort(), options.allAppBaseUrls());
            services.add(idp);
            properties.put("inkopsstod.security.issuer-uri", idp.issuer());
            properties.put("inkopsstod.security.client-id", DevIdentityProviderConfiguration.APP_CLIENT_ID);
            properties.put("inkopsstod.security.client-secret", DevIdentityProviderConfiguration.APP_CLIENT_SECRET);
            banner.add("OpenID Connect (dev)       " + idp.issuer() + "   demo users, password '"
                    + DemoUsers.load().password() + "'");
        }
        if (blank(env.get("MAIL_HOST"))) {
            EmbeddedMailService mail = EmbeddedMailService.start(options.mailPort(), options.mailViewerPort());
            services.add(mail);
            properties.put("spring.mail.host", mail.smtpHost());
            properties.put("spring.mail.port", Integer.toString(mail.smtpPort()));
            properties.put("inkopsstod.notifications.mail-viewer-url", mail.viewerUrl());
            banner.add("E-mail (GreenMail)         smtp://" + mail.smtpHost() + ":" + mail.smtpPort()
                    + "   inbox: " + mail.viewerUrl());
        }
        if (blank(env.get("INSIGHTS_PSEUDONYM_KEY"))) {
            // a fixed key: fine for synthetic demo data, never for real tenants
            properties.put("inkopsstod.insights.pseudonym-key", "development-only-pseudonym-key");
        }
        if (blank(env.get("TENDER_SEALING_KEY")) && blank(env.get("TENDER_SEALING_KEY_FILE"))) {
            // a published key: it seals the demo's synthetic tenders, never real ones
            properties.put("inkopsstod.sealing.key", "ZGV2ZWxvcG1lbnQtb25seS10ZW5kZXItc2VhbGluZyE=");
            properties.put("inkopsstod.sealing.key-id", "development");
        }
        if (blank(env.get("INKOPSSTOD_BLOBS_DIRECTORY")) && !"s3".equalsIgnoreCase(env.get("INKOPSSTOD_BLOBS_STORE"))) {
            // uploaded files beside the database: kept with it (local run) or thrown away with it (tests)
            properties.put("inkopsstod.blobs.directory", options.dataDirectory().resolve("blobs").toString());
        }
        if (options.appBaseUrl().startsWith("http://") && blank(env.get("SESSION_COOKIE_SECURE"))) {
            // a Secure cookie would not come back over plain http
            properties.put("server.reactive.session.cookie.secure", "false");
        }
        properties.put("inkopsstod.public-base-url", options.appBaseUrl());
        properties.put("inkopsstod.demo-data.enabled", "true");

        log.info("""

                ================================================================================
                 Inköpsstöd development stack: embedded services started
                   {}
                 App: {}
                ================================================================================""",
                banner.isEmpty() ? "(none: every service is configured externally)" : String.join("\n   ", banner),
                options.appBaseUrl());
        return new DevStack(properties, services);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The embedded Kafka service, unless Kafka is configured externally. */
    public Optional<EmbeddedKafkaService> embeddedKafka() {
        return services.stream().filter(EmbeddedKafkaService.class::isInstance).map(EmbeddedKafkaService.class::cast).findFirst();
    }

    /** The embedded SMTP server and its inbox viewer, unless mail is configured externally. */
    public Optional<EmbeddedMailService> embeddedMail() {
        return services.stream().filter(EmbeddedMailService.class::isInstance).map(EmbeddedMailService.class::cast).findFirst();
    }

    /** Application properties that point the app at the embedded services. */
    public Map<String, String> properties() {
        return properties;
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).close();
            } catch (Exception e) {
                log.warn("Could not stop {}", services.get(i), e);
            }
        }
    }

    /** Where and how to start the stack. */
    public record DevStackOptions(Map<String, String> environment, Path dataDirectory, boolean persistent,
                                  int postgresPort, int kafkaPort, int identityProviderPort, int mailPort,
                                  int mailViewerPort, String appBaseUrl, List<String> otherAppBaseUrls) {

        /** Every instance the provider sends people back to: the app and any further instances. */
        public List<String> allAppBaseUrls() {
            List<String> all = new ArrayList<>(List.of(appBaseUrl));
            all.addAll(otherAppBaseUrls);
            return all;
        }

        /** The local run: fixed ports (redirect URIs must match) and data kept under the user's home. */
        public static DevStackOptions localRun() {
            Map<String, String> env = System.getenv();
            Path data = env.containsKey("INKOPSSTOD_DATA_DIR")
                    ? Path.of(env.get("INKOPSSTOD_DATA_DIR"))
                    : Path.of(System.getProperty("user.home"), ".inkopsstod", "data");
            String port = env.getOrDefault("SERVER_PORT", "8080");
            return new DevStackOptions(env, data, true, 15432, 19092, 9100, 3025, 9125,
                    "http://localhost:" + port, List.of());
        }

        /**
         * Tests: free ports, throw-away data, and every external setting ignored. Further app
         * ports serve tests that run a second instance against the same stack. Kafka gets a fixed
         * port so that a fault test can stop and start its broker under the clients' feet.
         */
        public static DevStackOptions forTests(Path tempDirectory, int kafkaPort, int identityProviderPort, int appPort,
                                               int... otherAppPorts) {
            return new DevStackOptions(Map.of(), tempDirectory, false, 0, kafkaPort, identityProviderPort, 0, 0,
                    "http://localhost:" + appPort,
                    Arrays.stream(otherAppPorts).mapToObj(port -> "http://localhost:" + port).toList());
        }
    }
}
