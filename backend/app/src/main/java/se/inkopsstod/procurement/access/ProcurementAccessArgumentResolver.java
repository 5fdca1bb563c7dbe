package se.inkopsstod.procurement.access;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Gives a route the {@link ProcurementAccess} its request was granted by {@link ProcurementGateFilter}.
 * A route outside the gated paths that asks for one is a programming error, not a 404.
 */
@Component
class ProcurementAccessArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ProcurementAccess.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
        ProcurementAccess access = exchange.getAttribute(ProcurementGateFilter.ATTRIBUTE);
        if (access == null) {
            return Mono.error(new IllegalStateException("The route " + exchange.getRequest().getPath()
                    + " asks for a procurement access but is not under " + ProcurementGateFilter.MEMBER_ROUTES
                    + " or " + ProcurementGateFilter.VENDOR_ROUTES));
        }
        return Mono.just(access);
    }
}
