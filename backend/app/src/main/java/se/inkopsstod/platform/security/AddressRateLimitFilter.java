package se.inkopsstod.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A limit on requests that come without a logged-in session — the login itself, bearer calls,
 * anonymous probes — per client address, before Spring Security spends any work on them (a login
 * storm or a flood of forged tokens must not take the instance down). People with a session are
 * limited per person after authentication ({@link RateLimitFilter}), so a whole school behind one
 * address is not throttled once logged in. Behind a load balancer the client address comes from
 * its forwarded headers only when {@code server.forward-headers-strategy} says to trust them.
 */
@Component
class AddressRateLimitFilter implements WebFilter, Ordered {

    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final int MAX_ADDRESSES = 100_000;
    private static final String SECURITY_CONTEXT = WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME;

    private final double perSecond;
    private final double burst;
    /** Addresses of trusted hosts (monitoring, an integration server) that are never limited here. */
    private final Set<String> exempt;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    AddressRateLimitFilter(@Value("${inkopsstod.rate-limit.without-session.requests-per-second:20}") double perSecond,
                           @Value("${inkopsstod.rate-limit.without-session.burst:100}") double burst,
                           @Value("${inkopsstod.rate-limit.without-session.exempt-addresses:}") Set<String> exempt) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.exempt = Set.copyOf(exempt);
    }

    /** Before Spring Security's filter chain (-100). */
    @Override
    public int getOrder() {
        return -200;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
            return chain.filter(exchange); // the load balancer's probes
        }
        if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            // a bearer call is judged by its token, not by a session that may come along with it
            return limited(exchange, chain);
        }
        return exchange.getSession()
                .map(session -> session.getAttribute(SECURITY_CONTEXT) != null)
                .defaultIfEmpty(false)
                .flatMap(loggedIn -> loggedIn ? chain.filter(exchange) : limited(exchange, chain));
    }

    private Mono<Void> limited(ServerWebExchange exchange, WebFilterChain chain) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        if (exempt.contains(address)) {
            return chain.filter(exchange);
        }
        if (buckets.size() >= MAX_ADDRESSES && !buckets.containsKey(address)) {
            // a flood of ever new addresses must not fill the heap: they share one bucket until the map empties
            address = "overflow";
        }
        double waitSeconds = buckets.computeIfAbsent(address, k -> new TokenBucket(burst)).take(perSecond, burst);
        if (waitSeconds <= 0) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf((long) Math.ceil(waitSeconds)));
        return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "rate-limited.address",
                "Too many requests from this address: wait a moment and try again.");
    }

    /** Forgets addresses that have not called for a while, so the map does not grow without end. */
    @Scheduled(fixedDelay = 60_000)
    void forgetIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
    }
}
