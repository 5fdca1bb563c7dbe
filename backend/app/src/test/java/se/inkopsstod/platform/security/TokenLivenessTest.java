package se.inkopsstod.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenLivenessTest {

    private static final Duration CACHE = Duration.ofSeconds(5);

    private final List<ClientRequest> asked = new CopyOnWriteArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000);

    private TokenLiveness liveness(Duration cache, Function<ClientRequest, Mono<ClientResponse>> provider) {
        WebClient client = WebClient.builder().exchangeFunction(request -> {
            asked.add(request);
            return provider.apply(request);
        }).build();
        return new TokenLiveness(client, "http://idp.example/oauth2/introspect", "inkopsstod", "s3cret", cache, now::get);
    }

    private static Mono<ClientResponse> answer(HttpStatus status, String json) {
        return Mono.just(ClientResponse.create(status).header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .body(json).build());
    }

    private static Mono<ClientResponse> active(ClientRequest request) {
        return answer(HttpStatus.OK, "{\"active\":true,\"sub\":\"someone\"}");
    }

    @Test
    void asksTheIntrospectionEndpointAsTheAppsClient() {
        assertThat(liveness(CACHE, TokenLivenessTest::active).isActive("token-a").block()).isTrue();

        ClientRequest request = asked.get(0);
        assertThat(request.method().name()).isEqualTo("POST");
        assertThat(request.url().toString()).isEqualTo("http://idp.example/oauth2/introspect");
        assertThat(request.headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo("Basic aW5rb3Bzc3RvZDpzM2NyZXQ=");
        assertThat(request.headers().getContentType()).isEqualTo(MediaType.APPLICATION_FORM_URLENCODED);
    }

    @Test
    void anActiveAnswerIsBelievedForTheCacheTimeThenAskedAgain() {
        TokenLiveness liveness = liveness(CACHE, TokenLivenessTest::active);
        for (int i = 0; i < 20; i++) {
            assertThat(liveness.isActive("token-a").block()).isTrue();
        }
        assertThat(asked).hasSize(1);

        now.addAndGet(CACHE.toNanos() - 1);
        assertThat(liveness.isActive("token-a").block()).isTrue();
        assertThat(asked).hasSize(1);
        now.addAndGet(1);
        assertThat(liveness.isActive("token-a").block()).isTrue();
        assertThat(asked).hasSize(2);
        assertThat(liveness.isActive("token-b").block()).isTrue();
        assertThat(asked).as("another token is asked about on its own").hasSize(3);
    }

    @Test
    void callsAtTheSameTimeShareOneQuestion() {
        Sinks.One<ClientResponse> pending = Sinks.one();
        TokenLiveness liveness = liveness(CACHE, request -> pending.asMono());
        List<Mono<Boolean>> burst = Flux.range(0, 50).map(i -> liveness.isActive("token-a")).collectList().block();
        Flux<Boolean> answers = Flux.merge(burst).cache();
        answers.subscribe();
        assertThat(asked).hasSize(1);

        pending.tryEmitValue(active(null).block());
        assertThat(answers.collectList().block()).hasSize(50).containsOnly(true);
        assertThat(asked).hasSize(1);
    }

    @Test
    void anInactiveAnswerIsNeverKept() {
        TokenLiveness liveness = liveness(CACHE, request -> answer(HttpStatus.OK, "{\"active\":false}"));
        assertThat(liveness.isActive("token-a").block()).isFalse();
        assertThat(liveness.isActive("token-a").block()).isFalse();
        assertThat(asked).hasSize(2);
    }

    @Test
    void aProviderThatCannotAnswerIsAnErrorAndNotKept() {
        TokenLiveness liveness = liveness(CACHE, request -> answer(HttpStatus.INTERNAL_SERVER_ERROR, "{}"));
        assertThatThrownBy(() -> liveness.isActive("token-a").block()).isNotNull();
        assertThatThrownBy(() -> liveness.isActive("token-a").block()).isNotNull();
        assertThat(asked).hasSize(2);

        TokenLiveness unreachable = liveness(CACHE, request -> Mono.error(new java.net.ConnectException("refused")));
        assertThatThrownBy(() -> unreachable.isActive("token-a").block()).isNotNull();
    }

    @Test
    void anAnswerWithoutActiveTrueIsInactive() {
        assertThat(liveness(CACHE, request -> answer(HttpStatus.OK, "{\"active\":\"true\"}")).isActive("t").block()).isFalse();
        assertThat(liveness(CACHE, request -> answer(HttpStatus.OK, "{}")).isActive("t").block()).isFalse();
    }

    @Test
    void withoutACacheEveryCallAsks() {
        TokenLiveness liveness = liveness(Duration.ZERO, TokenLivenessTest::active);
        liveness.isActive("token-a").block();
        liveness.isActive("token-a").block();
        assertThat(asked).hasSize(2);
    }

    @Test
    void theCacheIsBounded() {
        TokenLiveness liveness = liveness(CACHE, TokenLivenessTest::active);
        for (int i = 0; i < TokenLiveness.MAX_ENTRIES; i++) {
            liveness.isActive("token-" + i).block();
        }
        liveness.isActive("one-too-many").block();
        liveness.isActive("one-too-many").block();
        assertThat(asked).as("a full cache keeps no more").hasSize(TokenLiveness.MAX_ENTRIES + 2);

        now.addAndGet(CACHE.toNanos());
        liveness.isActive("one-too-many").block();
        liveness.isActive("one-too-many").block();
        assertThat(asked).as("expired answers make room").hasSize(TokenLiveness.MAX_ENTRIES + 3);
    }
}
