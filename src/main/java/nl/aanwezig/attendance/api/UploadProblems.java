package nl.aanwezig.attendance.api;

import nl.aanwezig.attendance.importing.UploadRefusedException;
import nl.aanwezig.base.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The answer to an upload refused for its size or pace, for every API that takes a file (imports, code lists). */
@RestControllerAdvice(assignableTypes = {ImportController.class, ScheduleController.class})
class UploadProblems {

    /** 413 or 408 as a problem detail with the Dutch reason; the upload was never imported. */
    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<ProblemDetail> uploadRefused(UploadRefusedException e) {
        HttpStatus status = e.reason() == UploadRefusedException.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.REQUEST_TIMEOUT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.dutch());
        problem.setTitle(Messages.nl("import.upload.refusedTitle"));
        // the rest of the body is not read: the connection cannot carry another request
        return ResponseEntity.status(status).header(HttpHeaders.CONNECTION, "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
