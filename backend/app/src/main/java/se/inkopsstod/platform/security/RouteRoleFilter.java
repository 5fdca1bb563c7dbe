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
import se.inkopsstod.platform.web.RequiresRole;

/**
 * Refuses a route marked {@link RequiresRole} to a person without the role before the handler
 * reads the body: validation must not run before authorisation. The route is found the way the
 * dispatcher will find it; the person is looked up once per request ({@link CurrentUsers}).
 */
@Component
class RouteRoleFilter implements WebFilter, Ordered {

    private final RequestMappingHandlerMapping routes;
    private final CurrentUsers users;

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
        return routes.getHandler(exchange)
                // no such route, wrong method or media type: the dispatcher answers that as usual
                .onErrorResume(e -> Mono.empty())
                .flatMap(handler -> handler instanceof HandlerMethod method ? Mono.justOrEmpty(required(method)) : Mono.empty())
                .flatMap(required -> users.of(exchange).doOnNext(user -> user.require(required.value())))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }

    private static RequiresRole required(HandlerMethod method) {
        RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresRole.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class);
    }
}
