package se.inkopsstod.platform.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import org.springframework.web.reactive.result.method.RequestMappingInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.inkopsstod.platform.web.RequiresRole;

/**
 * Refuses a route marked {@link RequiresRole} to a person without the role before the handler
 * reads the body: validation must not run before authorisation. Only the marked routes' own
 * conditions are tried; the person is looked up once per request ({@link CurrentUsers}).
 */
@Component
class RouteRoleFilter implements WebFilter, Ordered {

    private final RequestMappingHandlerMapping routes;
    private final CurrentUsers users;
    /** The few routes that carry {@link RequiresRole}, found once: most requests then match none of them. */
    private volatile List<Map.Entry<RequestMappingInfo, RequiresRole>> guarded;

    RouteRoleFilter(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes, CurrentUsers users) {
        this.routes = routes;
        this.users = users;
    }

    /** After security and the rate limit, with the procurement gate (which runs at 10). */
    @Override
    public int getOrder() {
        return 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        // checking only the marked routes' own conditions, not a second full route lookup per request;
        // a marked route's method and pattern are matched exactly, so no unmarked route is caught by it
        RequiresRole required = guarded().stream()
                .filter(route -> route.getKey().getMatchingCondition(exchange) != null)
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (required == null) {
            return chain.filter(exchange);
        }
        return users.of(exchange).doOnNext(user -> user.require(required.value()))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }

    private List<Map.Entry<RequestMappingInfo, RequiresRole>> guarded() {
        List<Map.Entry<RequestMappingInfo, RequiresRole>> found = guarded;
        if (found == null) {
            List<Map.Entry<RequestMappingInfo, RequiresRole>> marked = new ArrayList<>();
            routes.getHandlerMethods().forEach((info, method) -> {
                RequiresRole required = required(method);
                if (required != null) {
                    marked.add(Map.entry(info, required));
                }
            });
            found = List.copyOf(marked);
            guarded = found;
        }
        return found;
    }

    private static RequiresRole required(HandlerMethod method) {
        RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresRole.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class);
    }
}
