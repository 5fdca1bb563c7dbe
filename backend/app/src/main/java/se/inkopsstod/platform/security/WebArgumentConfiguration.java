package se.inkopsstod.platform.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/** Registers the {@link se.inkopsstod.shared.CurrentUser} controller parameter. */
@Configuration(proxyBeanMethods = false)
class WebArgumentConfiguration implements WebFluxConfigurer {

    private final CurrentUserArgumentResolver currentUser;

    WebArgumentConfiguration(CurrentUserArgumentResolver currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(currentUser);
    }
}
