package se.inkopsstod.procurement.access;

import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.security.CurrentUsers;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.CurrentUser;

import java.util.function.BiFunction;

/**
 * Puts every request that names a procurement through the gate before anything else of it is
 * read: no route can forget the check, and a stranger meets 404 before any validation of the body
 * (which would otherwise tell them the route exists and what it wants). The access granted is
 * handed to the route as a {@link ProcurementAccess} parameter.
 */
@Component
class ProcurementGateFilter implements WebFilter, Ordered {

    static final String ATTRIBUTE = ProcurementAccess.class.getName();
    static final String MEMBER_ROUTES = "/api/procurements/{procurementId}/**";
    static final String VENDOR_ROUTES = "/api/vendor/procurements/{procurementId}/**";

    private static final PathPattern MEMBER = PathPatternParser.defaultInstance.parse(MEMBER_ROUTES);
    private static final PathPattern VENDOR = PathPatternParser.defaultInstance.parse(VENDOR_ROUTES);

    private final ProcurementGate gate;
    private final CurrentUsers users;

    ProcurementGateFilter(ProcurementGate gate, CurrentUsers users) {
        this.gate = gate;
        this.users = users;
    }

    /** After security (authentication, CSRF, rate limit), before the handler reads the body. */
    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        PathPattern.PathMatchInfo member = MEMBER.matchAndExtract(path);
        if (member != null) {
            return enter(exchange, chain, member.getUriVariables().get("procurementId"), gate::member);
        }
        PathPattern.PathMatchInfo vendor = VENDOR.matchAndExtract(path);
        if (vendor != null) {
            return enter(exchange, chain, vendor.getUriVariables().get("procurementId"), gate::vendor);
        }
        return chain.filter(exchange);
    }

    private Mono<Void> enter(ServerWebExchange exchange, WebFilterChain chain, String procurementId,
                             BiFunction<CurrentUser, String, ProcurementAccess> enter) {
        return users.of(exchange)
                .flatMap(user -> Blocking.call(() -> enter.apply(user, procurementId)))
                .doOnNext(access -> exchange.getAttributes().put(ATTRIBUTE, access))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }
}
