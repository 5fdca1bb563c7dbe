package se.inkopsstod.activity;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Senaste händelser" once showed a name and a time over an empty line for most work in a
 * procurement: every event type the feed stores must say what happened, in Swedish and English.
 */
class ActivityMessagesTest {

    @Test
    void everyEventTypeTheFeedStoresSaysWhatHappenedInBothLanguages() throws ClassNotFoundException {
        Properties swedish = load("messages/activity_sv.properties");
        Properties english = load("messages/activity.properties");
        List<String> stored = feedEventTypes();
        assertThat(stored).as("the scan finds the feed's events").contains("NeedProposedEvent", "RequirementCreatedEvent",
                "CommentAddedEvent", "QuestionAskedEvent", "AnswerPublishedEvent", "TenderPublishedEvent",
                "TendersOpenedEvent", "AwardDecidedEvent", "MemberAddedEvent");
        for (String type : stored) {
            assertThat(swedish.getProperty("activity." + type)).as("Swedish sentence for " + type).isNotBlank();
            assertThat(english.getProperty("activity." + type)).as("English sentence for " + type).isNotBlank();
        }
        assertThat(swedish.getProperty("activity.other")).isNotBlank();
        assertThat(english.getProperty("activity.other")).isNotBlank();
    }

    @Test
    void noSentenceIsLeftForAnEventTypeTheFeedDoesNotStore() throws ClassNotFoundException {
        List<String> stored = feedEventTypes();
        for (Object key : load("messages/activity_sv.properties").keySet()) {
            String type = ((String) key).substring("activity.".length());
            if (!type.equals("other")) {
                assertThat(stored).as("a sentence for an event the feed stores").contains(type);
            }
        }
        assertThat(load("messages/activity.properties").keySet()).isEqualTo(load("messages/activity_sv.properties").keySet());
    }

    /** The simple names of the event classes whose audience the feed stores (the Kafka message's eventType). */
    static List<String> feedEventTypes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SeenBy.class));
        List<String> types = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("se.inkopsstod")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (ActivityFeedProjection.SHOWN.contains(Audience.of(type).name())) {
                types.add(type.getSimpleName());
            }
        }
        return types;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (var in = ActivityMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
