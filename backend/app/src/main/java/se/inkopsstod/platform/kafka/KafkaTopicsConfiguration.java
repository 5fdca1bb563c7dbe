package se.inkopsstod.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Creates the topics if the broker lacks them (production may pre-create them: see infra/kafka). */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    NewTopic domainEventsTopic(KafkaTopicsProperties topics) {
        // retained for ever: consumers rebuild their read models by replaying from the start
        return TopicBuilder.name(topics.domainEvents()).partitions(topics.partitions()).config("retention.ms", "-1").build();
    }

    @Bean
    NewTopic insightsOutcomesTopic(KafkaTopicsProperties topics) {
        // retained for ever: the insights read models are rebuilt by replaying from the start
        return TopicBuilder.name(topics.insightsOutcomes()).partitions(topics.partitions()).config("retention.ms", "-1").build();
    }

    @Bean
    NewTopic insightsLessonsTopic(KafkaTopicsProperties topics) {
        return TopicBuilder.name(topics.insightsLessons()).partitions(topics.partitions()).config("retention.ms", "-1").build();
    }
}
