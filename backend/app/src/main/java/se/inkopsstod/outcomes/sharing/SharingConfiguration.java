package se.inkopsstod.outcomes.sharing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.inkopsstod.outcomes.contract.Pseudonyms;

/** The pseudonym key is required: without it the app does not start rather than share guessable ids. */
@Configuration(proxyBeanMethods = false)
class SharingConfiguration {

    @Bean
    Pseudonyms pseudonyms(@Value("${inkopsstod.insights.pseudonym-key:}") String key) {
        return new Pseudonyms(key);
    }
}
