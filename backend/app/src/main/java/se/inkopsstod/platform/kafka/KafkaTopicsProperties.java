package se.inkopsstod.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param domainEvents the topic the publisher writes every domain event to
 * @param partitions   partitions created for it when the app creates topics
 */
@ConfigurationProperties("inkopsstod.kafka.topics")
public record KafkaTopicsProperties(String domainEvents, int partitions) {
}
