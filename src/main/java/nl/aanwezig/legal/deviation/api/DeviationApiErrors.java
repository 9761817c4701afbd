package nl.aanwezig.legal.deviation.api;

import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.legal.deviation.DeviationConflict;
import nl.aanwezig.legal.deviation.DeviationNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The deviation API's refusals as RFC 9457 problem details in Dutch: 404 unknown (or another school's), 409 a step the
 * request is not ready for (the checklist's missing items under {@code errors}), 422 a value that is not valid, 403
 * another role.
 */
@RestControllerAdvice(basePackageClasses = DeviationApiErrors.class)
class DeviationApiErrors {

    @ExceptionHandler(DeviationNotFound.class)
    ResponseEntity<ProblemDetail> notFound(DeviationNotFound e) {
        return problem(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(DeviationConflict.class)
    ResponseEntity<ProblemDetail> conflict(DeviationConflict e) {
        return problem(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> invalid(UserFacingException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> refused(AccessDeniedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, Messages.nl("common.noAccess"));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, UserFacingException e) {
        List<String> texts = e.messages().stream().map(Messages::text).toList();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, String.join(" ", texts));
        p.setProperty("errors", texts);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
