package se.inkopsstod.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.accept;
import static org.springframework.web.reactive.function.server.RequestPredicates.path;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * Serves the React app's index.html for its client-side routes, so that reloading
 * /team or following a link to /upphandlingar/… works. API, login and asset paths are excluded.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppRoutes {

    @Bean
    RouterFunction<ServerResponse> singlePageApp(@Value("classpath:/static/index.html") Resource index) {
        return route(GET("/**")
                        .and(accept(MediaType.TEXT_HTML))
                        .and(path("/api/**").negate())
                        .and(path("/actuator/**").negate())
                        .and(path("/assets/**").negate())
                        .and(path("/oauth2/**").negate())
                        .and(path("/login/**").negate())
                        .and(path("/logout").negate()),
                request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                        // the page names hashed assets: it must be revalidated, they may be cached
                        .header("Cache-Control", "no-cache").bodyValue(index));
    }
}
