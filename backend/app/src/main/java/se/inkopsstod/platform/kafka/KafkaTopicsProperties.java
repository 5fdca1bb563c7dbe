package se.inkopsstod.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param domainEvents     the topic the publisher writes every domain event to (tenant-internal)
 * @param insightsOutcomes anonymised procurement outcomes, from the anonymisation boundary to insights
 * @param insightsLessons  approved, anonymised lessons learned, from the anonymisation boundary to insights
 * @param partitions       partitions created for each when the app creates topics
 */
@ConfigurationProperties("inkopsstod.kafka.topics")
public record KafkaTopicsProperties(String domainEvents, String insightsOutcomes, String insightsLessons, int partitions) {
}
