package se.inkopsstod.platform.security;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Asks the identity provider whether a bearer token is still active (RFC 7662 token
 * introspection), after its signature, expiry, type and audience were checked locally. A token
 * dies with the provider session it was issued in (logout) or when its client revokes it; the JWT
 * alone would stay valid until it expires.
 * <p>
 * Positive answers are kept for a few seconds ({@code OIDC_INTROSPECTION_CACHE}), and one
 * question is shared by every request that asks it at the same time, so a burst of calls with one
 * token costs one introspection. Negative answers and failures are never kept. The price: a token
 * may work for up to that long after its session ended.
 */
final class TokenLiveness {

    /** Tokens remembered as active at most; beyond, answers are not kept until some expire. */
    static final int MAX_ENTRIES = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final WebClient provider;
    private final String introspectionEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final long cacheNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    /** A question asked at {@code askedAt}; its answer once there is one. */
    private record Answer(Mono<Boolean> active, long askedAt) {
    }

    TokenLiveness(WebClient provider, String introspectionEndpoint, String clientId, String clientSecret,
                  Duration cache, LongSupplier nanoTime) {
        this.provider = provider;
        this.introspectionEndpoint = introspectionEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.cacheNanos = cache == null ? 0 : cache.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * True if the provider says the token is active, false if it says it is not; an error if the
     * provider cannot be asked (unreachable, slow, a non-2xx answer).
     */
    Mono<Boolean> isActive(String token) {
        if (cacheNanos <= 0) {
            return introspect(token);
        }
        return Mono.defer(() -> {
            String key = key(token);
            long now = nanoTime.getAsLong();
            Answer known = answers.get(key);
            if (known != null && now - known.askedAt() < cacheNanos) {
                return known.active();
            }
            if (answers.size() >= MAX_ENTRIES) {
                answers.values().removeIf(answer -> now - answer.askedAt() >= cacheNanos);
                if (answers.size() >= MAX_ENTRIES) {
                    return introspect(token);
                }
            }
            Answer[] asked = new Answer[1];
            asked[0] = new Answer(introspect(token)
                    .doOnNext(active -> {
                        if (!active) {
                            answers.remove(key, asked[0]);
                        }
                    })
                    .doOnError(e -> answers.remove(key, asked[0]))
                    .cache(), now);
            Answer current = answers.compute(key, (k, old) -> old != null && now - old.askedAt() < cacheNanos ? old : asked[0]);
            return current.active();
        });
    }

    private Mono<Boolean> introspect(String token) {
        return provider.post().uri(introspectionEndpoint)
                .headers(headers -> headers.setBasicAuth(encode(clientId), encode(clientSecret)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromFormData("token", token).with("token_type_hint", "access_token"))
                .retrieve()
                .bodyToMono(Map.class)
                .map(body -> Boolean.TRUE.equals(body.get("active")))
                .timeout(TIMEOUT);
    }

    /** RFC 6749 2.3.1: client id and secret are form-encoded before they go into Basic. */
    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Tokens are kept by their hash: shorter, and no credential lies around in the map. */
    private static String key(String token) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
