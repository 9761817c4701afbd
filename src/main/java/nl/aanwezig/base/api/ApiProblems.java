package nl.aanwezig.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where the API turns a failure into its answer: an RFC 9457 problem detail in Dutch, for every
 * status. A refusal the code meant ({@link UserFacingException} by its {@link UserFacingException.Kind},
 * {@link BadRequest}, {@link NotFound}, {@link AccessDeniedException}), what Spring MVC itself refuses (a wrong
 * method, media type or parameter, a body it cannot read: Spring's English detail replaced), and anything
 * unexpected: 500 with a reference the log carries too, never a class name or a stack trace.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A refusal of our own code, by its kind; {@code errors} lists each message with the field it concerns. */
    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case TOO_SLOW -> HttpStatus.REQUEST_TIMEOUT;
        };
        List<Map<String, String>> errors = e.problems().stream().map(ApiProblems::error).toList();
        ProblemDetail problem = dutch(status,
                errors.stream().map(m -> m.get("message")).collect(Collectors.joining(" ")));
        problem.setProperty("errors", errors);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.CONTENT_TOO_LARGE || status == HttpStatus.REQUEST_TIMEOUT) {
            // the rest of an upload's body is not read: the connection cannot carry another request
            answer.header(HttpHeaders.CONNECTION, "close");
        }
        return answer.body(problem);
    }

    /** {@code message} as well as {@code detail}: the import API's scripts read it. */
    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequest e) {
        ProblemDetail problem = dutch(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("message", e.getMessage());
        return answer(problem);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return answer(dutch(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    /** Audited where it was thrown ({@code RefusalAuditing}); here only answered, as the security chain does. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return answer(dutch(HttpStatus.FORBIDDEN, Messages.nl("common.noAccess")));
    }

    /** Whatever nobody meant: logged in full with a reference; the caller gets the reference, not the cause. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API-fout {} bij {}", reference, request.getDescription(false), e);
        ProblemDetail problem = dutch(HttpStatus.INTERNAL_SERVER_ERROR, Messages.nl("api.problem.unexpected", reference));
        problem.setProperty("reference", reference);
        return answer(problem);
    }

    /** Spring MVC's own refusals (400, 405, 406, 413, 415, ...): the same problem, its detail and title in Dutch. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p : ProblemDetail.forStatus(statusCode);
        problem.setTitle(title(statusCode));
        problem.setDetail(detail(ex, statusCode));
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    /** A problem with the Dutch title of its status. */
    public static ProblemDetail dutch(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status));
        return problem;
    }

    static String title(HttpStatusCode status) {
        String title = Messages.nl("api.problem.title." + status.value());
        return title.startsWith("!") ? Messages.nl("api.problem.title.other") : title;
    }

    private static String detail(Exception ex, HttpStatusCode status) {
        return switch (ex) {
            case HttpRequestMethodNotSupportedException e -> Messages.nl("api.problem.method", Echo.of(e.getMethod()),
                    e.getSupportedHttpMethods() == null ? "-" : e.getSupportedHttpMethods().stream()
                            .map(Object::toString).sorted().collect(Collectors.joining(", ")));
            case HttpMediaTypeNotSupportedException e -> Messages.nl("api.problem.mediaType",
                    e.getContentType() == null ? "-" : Echo.of(e.getContentType().toString()), types(e.getSupportedMediaTypes()));
            case HttpMediaTypeNotAcceptableException e -> Messages.nl("api.problem.notAcceptable", types(e.getSupportedMediaTypes()));
            case MissingServletRequestParameterException e -> Messages.nl("api.problem.missingParameter", e.getParameterName());
            case MissingServletRequestPartException e -> Messages.nl("api.problem.missingParameter", e.getRequestPartName());
            case MethodArgumentNotValidException e -> e.getFieldErrors().stream()
                    .map(f -> Messages.nl("api.problem.invalidField", f.getField(), Echo.of(String.valueOf(f.getRejectedValue()))))
                    .collect(Collectors.joining(" "));
            case TypeMismatchException e -> Messages.nl("api.problem.badValue", e.getPropertyName() == null ? "-" : e.getPropertyName(),
                    Echo.of(String.valueOf(e.getValue())));
            case HttpMessageNotReadableException e -> Messages.nl("api.problem.unreadable");
            case NoResourceFoundException e -> Messages.nl("api.problem.unknownPath", Echo.of("/" + e.getResourcePath(), 80));
            case MaxUploadSizeExceededException e -> Messages.nl("api.problem.tooLarge");
            default -> Messages.nl(status.is5xxServerError() ? "api.problem.server" : "api.problem.request");
        };
    }

    /**
     * The same problem written straight into a response, for those who answer outside Spring MVC's handlers (the
     * security chain's 401 and 403, an unknown API path): not through {@code sendError}, whose error page the
     * screens' chain would answer with a redirect to the login page.
     */
    public static void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.getWriter().flush();
    }

    private static String types(List<MediaType> types) {
        return types.isEmpty() ? "-" : types.stream().map(MediaType::toString).collect(Collectors.joining(", "));
    }

    private static Map<String, String> error(UserFacingException.Problem p) {
        Map<String, String> error = new LinkedHashMap<>();
        if (p.field() != null) {
            error.put("field", p.field());
        }
        error.put("message", Messages.text(p.message()));
        return error;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A parameter the API cannot read; the message (already Dutch, cut to size) says which and how. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }

    /** An unknown school or pupil, or one the caller may not see (the same answer on purpose). */
    public static final class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
