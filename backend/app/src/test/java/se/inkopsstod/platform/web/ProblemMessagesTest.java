package se.inkopsstod.platform.web;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.NeedStatus;
import se.inkopsstod.shared.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swedish all the way: every problem code and message key the code base raises has a sentence in both
 * languages of the one message bundle, with the same arguments, and the sentences format.
 */
class ProblemMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** Where the code names a problem's code or sentence as a literal. */
    private static final List<Pattern> KEYS_IN_CODE = List.of(
            Pattern.compile("new (?:Conflict|InvalidInput)Exception\\(\\s*\"([^\"]+)\""),
            Pattern.compile("withMessageKey\\(\\s*\"([^\"]+)\"\\s*[,)]"),
            Pattern.compile("new (?:Attachment|Import)Problem\\(\\s*\\d+,\\s*\"([^\"]+)\""),
            Pattern.compile("notXlsx\\([^;]*?,\\s*\"([^\"]+)\"\\)"),
            Pattern.compile("super\\(\\s*\"([a-z][a-z0-9.-]*)\""),
            Pattern.compile("ProblemResponses\\.write\\([^;]*?HttpStatus\\.\\w+,\\s*\"([^\"]+)\""),
            Pattern.compile("ProblemResponses\\.write\\([^;]*?HttpStatus\\.\\w+,\\s*\"[^\"]+\",\\s*\"([^\"]+)\",\\s*\""),
            Pattern.compile("messages\\.text\\(\\s*\"([^\"]+)\""),
            Pattern.compile("SPRING_CODES = Map\\.of\\((?:[^;]*?\"([a-z-]+)\")"),
            // a constraint of our own: its field message is looked up by the annotation's name
            Pattern.compile("@Constraint\\(validatedBy[^;]*?public @interface (\\w+)", Pattern.DOTALL));

    private final Properties english = load("messages/problems.properties");
    private final Properties swedish = load("messages/problems_sv.properties");

    @Test
    void everyKeyHasASentenceInBothLanguagesWithTheSameArguments() {
        assertThat(swedish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String sv = swedish.getProperty(key);
            assertThat(sv).as(key).isNotBlank().isNotEqualTo(en);
            assertThat(placeholders(sv)).as("the arguments of " + key).isEqualTo(placeholders(en));
            Object[] arguments = Stream.iterate(0, i -> i + 1).limit(9).map(i -> (Object) ("A" + i)).toArray();
            assertThat(new MessageFormat(sv, Locale.forLanguageTag("sv")).format(arguments)).as(key).doesNotContain("{", "}");
            assertThat(new MessageFormat(en, Locale.ENGLISH).format(arguments)).as(key).doesNotContain("{", "}");
        }
    }

    @Test
    void everyProblemTheCodeRaisesIsInTheBundle() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : KEYS_IN_CODE) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        assertThat(named).as("keys found in the code").hasSizeGreaterThan(150)
                .contains("question.names-someone", "not-found.procurement", "forbidden.roles", "csrf", "too-large");
        List<String> missing = new ArrayList<>();
        for (String key : named) {
            if (!english.containsKey(key) || !swedish.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("problems without a sentence in both languages").isEmpty();
    }

    @Test
    void theWordsSentencesFillInExistForEveryValue() {
        List<String> words = new ArrayList<>();
        Arrays.stream(Phase.values()).forEach(p -> words.add("phase." + p.name()));
        Arrays.stream(Role.values()).forEach(r -> words.add("role." + r.name()));
        Arrays.stream(NeedStatus.values()).forEach(s -> words.add("need-status." + s.name()));
        assertThat(words).allMatch(english::containsKey).allMatch(swedish::containsKey);
    }

    private static Set<String> placeholders(String sentence) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(sentence);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
