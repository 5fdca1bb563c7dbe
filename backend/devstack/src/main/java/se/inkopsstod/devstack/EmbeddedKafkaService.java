package se.inkopsstod.devstack;

import kafka.server.BrokerServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.util.Map;

/** A single-node Kafka broker in KRaft mode, in this JVM. Its log lives in a temporary directory. */
public final class EmbeddedKafkaService implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaService(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** Starts the broker on the given port (0 picks a free one). */
    public static EmbeddedKafkaService start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.kafkaPorts(port);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "6",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0"));
        broker.afterPropertiesSet();
        return new EmbeddedKafkaService(broker);
    }

    /**
     * Stops the broker as a crash of the Kafka service would look to its clients, keeping its log
     * and the KRaft controller: for fault tests. Clients reconnect when it starts again on the same
     * port (so start the service on a fixed port to use this).
     */
    public void stopBroker() {
        broker.getCluster().brokers().values().forEach(server -> {
            server.shutdown();
            server.awaitShutdown();
        });
    }

    /** Starts the broker stopped by {@link #stopBroker()} again, with the log it had. */
    public void startBroker() {
        broker.getCluster().brokers().values().forEach(BrokerServer::startup);
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
