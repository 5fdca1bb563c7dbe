package se.inkopsstod.platform.session;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * "Log out everywhere": ends every browser session of the current person, on every device and
 * instance, this one included. A browser write, so CSRF-protected like the others.
 */
@RestController
class LogoutEverywhereController {

    private final PostgresSessionRepository sessions;

    LogoutEverywhereController(PostgresSessionRepository sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/api/me/logout-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> logoutEverywhere(Authentication authentication, ServerWebExchange exchange) {
        // the own session is invalidated too, so that its cookie is cleared in this answer
        return sessions.deleteByPrincipal(authentication.getName())
                .then(exchange.getSession().flatMap(WebSession::invalidate));
    }
}
