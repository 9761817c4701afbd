package nl.aanwezig.admin.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.admin.AdminProblem;
import nl.aanwezig.attendance.importing.UploadRefusedException;
import nl.aanwezig.base.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The administration API's refusals as RFC 9457 problem details, in Dutch: 422 for a value that is not valid,
 * 409 for a conflict with what is stored, 404 for an unknown school or account; {@code errors} lists each problem
 * with the property it concerns. A password is never part of a message.
 */
@RestControllerAdvice(basePackageClasses = AdminApiErrors.class)
class AdminApiErrors {

    @ExceptionHandler(AdminProblem.class)
    ResponseEntity<ProblemDetail> problem(AdminProblem e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        List<Map<String, String>> errors = e.fields().stream().map(f -> f.field() == null
                ? Map.of("message", Messages.text(f.message()))
                : Map.of("field", f.field(), "message", Messages.text(f.message()))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                errors.stream().map(m -> m.get("message")).collect(Collectors.joining(" ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** 413 or 408, as the import API answers an upload cut off while it came in. */
    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<ProblemDetail> uploadRefused(UploadRefusedException e) {
        HttpStatus status = e.reason() == UploadRefusedException.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.REQUEST_TIMEOUT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.dutch());
        return ResponseEntity.status(status).header(HttpHeaders.CONNECTION, "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
