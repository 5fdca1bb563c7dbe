package se.inkopsstod.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.inkopsstod.shared.CurrentUser;

/**
 * Gives controllers a {@link CurrentUser} parameter, resolved by {@link CurrentUsers}.
 */
@Component
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private final CurrentUsers users;

    CurrentUserArgumentResolver(CurrentUsers users) {
        this.users = users;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
        return users.of(exchange).cast(Object.class);
    }
}
