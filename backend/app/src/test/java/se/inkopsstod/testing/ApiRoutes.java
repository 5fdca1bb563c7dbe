package se.inkopsstod.testing;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Every API route of the application, read from its own route table: a route added tomorrow is in tomorrow's list. */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    /**
     * @param takesBody the handler reads a JSON body ({@code @RequestBody})
     * @param bodyType  the type of that body, or null
     */
    public record Route(RequestMethod method, String pattern, boolean takesBody, java.lang.reflect.Type bodyType) {
    }

    public static List<Route> of(RequestMappingHandlerMapping mapping) {
        List<Route> routes = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            boolean body = takesBody(handler);
            java.lang.reflect.Type bodyType = Arrays.stream(handler.getMethodParameters())
                    .filter(p -> p.hasParameterAnnotation(RequestBody.class)).map(p -> p.getGenericParameterType())
                    .findFirst().orElse(null);
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            info.getPatternsCondition().getPatterns().forEach(pattern -> {
                if (pattern.getPatternString().startsWith("/api/")) {
                    methods.forEach(method -> routes.add(new Route(method, pattern.getPatternString(), body, bodyType)));
                }
            });
        });
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(r -> r.method().name()));
        return routes;
    }

    private static boolean takesBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    }
}
