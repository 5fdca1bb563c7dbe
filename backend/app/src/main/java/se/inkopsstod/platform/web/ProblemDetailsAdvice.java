package se.inkopsstod.platform.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
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
import java.util.Locale;
import java.util.Map;

/**
 * Every error leaves as RFC 9457 problem details with a stable {@code code} the UI translates.
 * Nothing internal (stack traces, SQL, class names) reaches the caller.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ProblemMessages messages;

    ProblemDetailsAdvice(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, ServerWebExchange exchange) {
        return problem(e, messages.localeOf(exchange));
    }

    private ResponseEntity<ProblemDetail> problem(ProblemException e, Locale locale) {
        String detail = messages.detail(e, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), detail);
        problem.setProperty("code", e.code());
        e.properties().forEach(problem::setProperty);
        if (e instanceof InvalidInputException invalid && invalid.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", detail)));
        }
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.text("not-found", "Not found.", messages.localeOf(exchange)));
        problem.setProperty("code", "not-found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** The item changed under the command on every try (Commands tries again): the caller may retry. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.text("concurrent-change",
                "Someone else saved the same item at the same moment. Nothing of yours was saved: try again.",
                messages.localeOf(exchange)));
        problem.setProperty("code", "concurrent-change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** A unique constraint of a read model kept in the command's transaction caught a duplicate. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, ServerWebExchange exchange) {
        return duplicate(messages.localeOf(exchange));
    }

    private ResponseEntity<ProblemDetail> duplicate(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.text("duplicate", "That already exists.", locale));
        problem.setProperty("code", "duplicate");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, ServerWebExchange exchange) {
        Locale locale = messages.localeOf(exchange);
        ProblemException problem = findProblem(e);
        if (problem != null) {
            return problem(problem, locale);
        }
        if (findCause(e, DuplicateKeyException.class) instanceof DuplicateKeyException) {
            return duplicate(locale);
        }
        if (DatabaseUnreachable.causedBy(e)) {
            log.warn("The database could not be reached: {}", e.toString());
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, messages.text("unavailable",
                    "The database cannot be reached just now, so this was not saved. Please try again in a moment.", locale));
            detail.setProperty("code", "unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(detail);
        }
        if (AbortedException.isConnectionReset(e) || findCause(e, AbortedException.class) != null) {
            // the caller went away before the answer could be sent: nothing to answer, nothing wrong here
            log.debug("The client closed the connection before the answer: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        log.error("Unexpected error", e);
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, messages.text("internal",
                "Something went wrong on our side. Nothing you sent was lost; please try again.", locale));
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
        Locale locale = messages.localeOf(exchange);
        return super.handleExceptionInternal(e, body, headers, status, exchange).map(response -> {
            if (response.getBody() instanceof ProblemDetail problem
                    && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
                String code = SPRING_CODES.getOrDefault(response.getStatusCode().value(), "http-" + response.getStatusCode().value());
                problem.setProperty("code", code);
                if (!"malformed".equals(code) && !"not-found".equals(code)) {
                    problem.setDetail(messages.text(code, problem.getDetail(), locale));
                }
            }
            // an unknown route is not a missing file: say nothing of how pages are served
            if (response.getBody() instanceof ProblemDetail problem
                    && e instanceof org.springframework.web.reactive.resource.NoResourceFoundException) {
                problem.setDetail(messages.text("no-route", "There is no such route.", locale));
            }
            if (response.getBody() instanceof ProblemDetail problem && problem.getDetail() == null
                    && response.getStatusCode().value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                problem.setDetail(messages.text("too-large",
                        "The request body is larger than the 256 kB a request may have. Nothing was saved.", locale));
            }
            return response;
        });
    }

    private static final Map<Integer, String> SPRING_CODES = Map.of(400, "malformed", 404, "not-found", 405, "method-not-allowed",
            406, "not-acceptable", 413, "too-large", 415, "unsupported-media-type");

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException e,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        Locale locale = messages.localeOf(exchange);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.text("validation", "Some fields are not valid.", locale));
        problem.setProperty("code", "validation");
        problem.setProperty("errors", e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", messages.field(f, locale)))
                .toList());
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException e,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        Locale locale = messages.localeOf(exchange);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.text("malformed",
                "The request body could not be read: it must be valid JSON of the documented shape.", locale));
        problem.setProperty("code", "malformed");
        // a wrong value in an otherwise readable body: say which field and what it accepts
        if (findCause(e, MismatchedInputException.class) instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = fieldPath(mismatch);
            Class<?> type = mismatch.getTargetType();
            String message = type != null && type.isEnum()
                    ? messages.text("field.enum", "Must be one of " + Arrays.toString(type.getEnumConstants()) + ".", locale,
                            String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()))
                    : WHOLE_NUMBERS.contains(type) ? messages.text("field.whole-number", "Must be a whole number.", locale)
                    : messages.text("field.format", "Has the wrong type or format.", locale);
            problem.setDetail(messages.text("malformed.field", "The field '" + field + "' is not valid. " + message, locale,
                    field, message));
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
