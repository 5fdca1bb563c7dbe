package se.inkopsstod.platform.security;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.ProblemMessages;

import java.nio.charset.StandardCharsets;

/** Writes problem details from security filters, where no controller advice runs. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String detail) {
        return write(exchange, status, code, code, detail);
    }

    /** {@code detail} is the English sentence; the caller reads {@code messageKey}'s sentence in its own language. */
    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String messageKey, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + json(localised(exchange, messageKey, detail)) + "\",\"code\":\"" + code
                + "\",\"instance\":\"" + json(exchange.getRequest().getPath().value()) + "\"}";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
    }

    /** Filters run before any controller: the message bundle is reached through the exchange's application context. */
    private static String localised(ServerWebExchange exchange, String messageKey, String detail) {
        ApplicationContext context = exchange.getApplicationContext();
        if (context == null) {
            return detail;
        }
        ProblemMessages messages = context.getBean(ProblemMessages.class);
        return messages.text(messageKey, detail, messages.localeOf(exchange));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
