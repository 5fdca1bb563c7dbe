package se.inkopsstod.platform.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import se.inkopsstod.platform.database.DatabaseUnreachable;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every error leaves as RFC 9457 problem details with a stable {@code code} the UI translates.
 * Nothing internal (stack traces, SQL, class names) reaches the caller.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.getMessage());
        problem.setProperty("code", e.code());
        e.properties().forEach(problem::setProperty);
        if (e instanceof InvalidInputException invalid && invalid.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", e.getMessage())));
        }
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found.");
        problem.setProperty("code", "not-found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** A unique constraint of a read model kept in the command's transaction caught a duplicate. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "That already exists.");
        problem.setProperty("code", "duplicate");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        ProblemException problem = findProblem(e);
        if (problem != null) {
            return problem(problem);
        }
        if (findCause(e, DuplicateKeyException.class) instanceof DuplicateKeyException duplicate) {
            return duplicate(duplicate);
        }
        if (DatabaseUnreachable.causedBy(e)) {
            log.warn("The database could not be reached: {}", e.toString());
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database cannot be reached just now, so this was not saved. Please try again in a moment.");
            detail.setProperty("code", "unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(detail);
        }
        if (AbortedException.isConnectionReset(e) || findCause(e, AbortedException.class) != null) {
            // the caller went away before the answer could be sent: nothing to answer, nothing wrong here
            log.debug("The client closed the connection before the answer: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        log.error("Unexpected error", e);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Nothing you sent was lost; please try again.");
        detail.setProperty("code", "internal");
        return ResponseEntity.internalServerError().body(detail);
    }

    /**
     * Spring's own problems (wrong method, media type, a body over the limit, an unknown route)
     * get a {@code code} like ours, so that clients can rely on one being there.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        return super.handleExceptionInternal(e, body, headers, status, exchange).map(response -> {
            if (response.getBody() instanceof ProblemDetail problem
                    && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
                problem.setProperty("code", SPRING_CODES.getOrDefault(response.getStatusCode().value(), "http-" + response.getStatusCode().value()));
            }
            // an unknown route is not a missing file: say nothing of how pages are served
            if (response.getBody() instanceof ProblemDetail problem
                    && e instanceof org.springframework.web.reactive.resource.NoResourceFoundException) {
                problem.setDetail("There is no such route.");
            }
            if (response.getBody() instanceof ProblemDetail problem && problem.getDetail() == null
                    && response.getStatusCode().value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                problem.setDetail("The request body is larger than the 256 kB a request may have. Nothing was saved.");
            }
            return response;
        });
    }

    private static final Map<Integer, String> SPRING_CODES = Map.of(400, "malformed", 404, "not-found", 405, "method-not-allowed",
            406, "not-acceptable", 413, "too-large", 415, "unsupported-media-type");

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException e,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
        problem.setProperty("code", "validation");
        problem.setProperty("errors", e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList());
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException e,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body could not be read: it must be valid JSON of the documented shape.");
        problem.setProperty("code", "malformed");
        // a wrong value in an otherwise readable body: say which field and what it accepts
        if (findCause(e, MismatchedInputException.class) instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = fieldPath(mismatch);
            Class<?> type = mismatch.getTargetType();
            String message = type != null && type.isEnum()
                    ? "Must be one of " + Arrays.toString(type.getEnumConstants()) + "."
                    : WHOLE_NUMBERS.contains(type) ? "Must be a whole number." : "Has the wrong type or format.";
            problem.setDetail("The field '" + field + "' is not valid. " + message);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    private static final java.util.Set<Class<?>> WHOLE_NUMBERS = java.util.Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class);

    private static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ProblemException findProblem(Throwable e) {
        return findCause(e, ProblemException.class) instanceof ProblemException p ? p : null;
    }

    private static Throwable findCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
