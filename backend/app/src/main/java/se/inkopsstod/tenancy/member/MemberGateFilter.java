package se.inkopsstod.tenancy.member;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.security.CurrentUsers;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.tenancy.directory.Directory;

/**
 * A route naming a member ({@code /api/tenant/members/{memberId}/…}) is for that member's own
 * tenant: anyone else meets 404 before the body is read, as with the procurement gate.
 */
@Component
class MemberGateFilter implements WebFilter, Ordered {

    private static final PathPattern MEMBER = PathPatternParser.defaultInstance.parse("/api/tenant/members/{memberId}/**");

    private final Directory directory;
    private final CurrentUsers users;

    MemberGateFilter(Directory directory, CurrentUsers users) {
        this.directory = directory;
        this.users = users;
    }

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathPattern.PathMatchInfo match = MEMBER.matchAndExtract(exchange.getRequest().getPath().pathWithinApplication());
        if (match == null) {
            return chain.filter(exchange);
        }
        String memberId = match.getUriVariables().get("memberId");
        return users.of(exchange)
                .flatMap(user -> Blocking.run(() -> {
                    TenantId tenant = user.tenantId();
                    if (memberId.isBlank() || memberId.length() > 64 || directory.member(tenant, PersonId.of(memberId)).isEmpty()) {
                        throw new NotFoundException("No such member.").withMessageKey("not-found.member");
                    }
                }))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }
}
