package se.inkopsstod.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A limit on the request rate of each logged-in person on the API (a token bucket per principal,
 * per instance): {@code requests-per-second} sustained, {@code burst} at once. Beyond it the answer
 * is 429 with Retry-After, so one runaway script cannot crowd out everyone on deadline day.
 * Runs after authentication: anonymous requests never reach the API anyway.
 */
@Component
class RateLimitFilter implements WebFilter, Ordered {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final double perSecond;
    private final double burst;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(@Value("${inkopsstod.rate-limit.requests-per-second:50}") double perSecond,
                    @Value("${inkopsstod.rate-limit.burst:200}") double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    @Override
    public int getOrder() {
        return 0; // after Spring Security's filter chain (-100), so the principal is known
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(Principal::getName)
                .flatMap(name -> {
                    double waitSeconds = buckets.computeIfAbsent(name, k -> new TokenBucket(burst)).take(perSecond, burst);
                    if (waitSeconds <= 0) {
                        return chain.filter(exchange).thenReturn(true);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", String.valueOf((long) Math.ceil(waitSeconds)));
                    return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "rate-limited.requests",
                            "Too many requests: wait a moment and try again.").thenReturn(true);
                })
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true)))
                .then();
    }

    /** Forgets people who have not called for a while, so the map does not grow without end. */
    @Scheduled(fixedDelay = 60_000)
    void forgetIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
    }
}
