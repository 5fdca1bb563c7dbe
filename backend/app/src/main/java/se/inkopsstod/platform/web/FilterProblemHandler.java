package se.inkopsstod.platform.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.database.DatabaseUnreachable;
import se.inkopsstod.shared.ProblemException;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problems raised by web filters (the procurement gate) before any controller runs leave as the
 * same problem details as a controller's: a stranger's 404, a 403, the database's 503. Anything
 * else is left to Spring's own error handling.
 */
@Component
@Order(-2) // before Spring Boot's error handler (-1)
class FilterProblemHandler implements WebExceptionHandler {

    private final ProblemDetailsAdvice advice;
    private final JsonMapper json;

    FilterProblemHandler(ProblemDetailsAdvice advice, JsonMapper json) {
        this.advice = advice;
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted() || !(failure instanceof Exception e) || !isOurs(e)) {
            return Mono.error(failure);
        }
        ResponseEntity<ProblemDetail> answer = advice.unexpected(e, exchange);
        ProblemDetail problem = answer.getBody();
        response.setStatusCode(answer.getStatusCode());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String retryAfter = answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.valueOf(answer.getStatusCode().value()).getReasonPhrase());
        body.put("status", answer.getStatusCode().value());
        body.put("detail", problem == null ? null : problem.getDetail());
        body.put("instance", exchange.getRequest().getPath().value());
        if (problem != null && problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        byte[] bytes = json.writeValueAsBytes(body);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }

    private static boolean isOurs(Exception e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ProblemException) {
                return true;
            }
        }
        return DatabaseUnreachable.causedBy(e);
    }
}
