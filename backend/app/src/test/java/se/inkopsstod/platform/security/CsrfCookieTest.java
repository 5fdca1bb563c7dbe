package se.inkopsstod.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSRF cookie is Secure wherever the session cookie is (everywhere but plain-http development). */
class CsrfCookieTest {

    @Test
    void theCsrfCookieIsSecureAndStaysOnTheSite() {
        ResponseCookie cookie = written(SecurityConfiguration.csrfCookies(true));
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.isHttpOnly()).as("the front end echoes it in a header").isFalse();
    }

    @Test
    void plainHttpDevelopmentGetsACookieItCanSend() {
        assertThat(written(SecurityConfiguration.csrfCookies(false)).isSecure()).isFalse();
    }

    private static ResponseCookie written(CookieServerCsrfTokenRepository repository) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));
        repository.generateToken(exchange).flatMap(token -> repository.saveToken(exchange, token)).block();
        return exchange.getResponse().getCookies().getFirst("XSRF-TOKEN");
    }
}
