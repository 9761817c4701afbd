package nl.aanwezig.base.api;

import nl.aanwezig.base.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Dutch problem answers the read APIs of the cases and the casusoverleg share: a bad parameter (400), an unknown
 * or not-to-be-seen school or pupil (404), a refusal (403). Messages are already in Dutch and cut to size.
 */
@RestControllerAdvice(basePackages = {"nl.aanwezig.cases.api", "nl.aanwezig.review.api"})
public class ApiProblems {

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail refused(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, Messages.nl("common.noAccess"));
    }

    /** A parameter the API cannot read; the message says which and how. */
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
