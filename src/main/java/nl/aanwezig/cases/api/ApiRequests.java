package nl.aanwezig.cases.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** What the case API's endpoints share: reading a period from the query, and Dutch problem answers. */
@RestControllerAdvice(basePackageClasses = ApiRequests.class)
class ApiRequests {

    static Period period(String from, String to) {
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            throw new BadRequest(Messages.nl("api.attendance.missingDate"));
        }
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (end.isBefore(start)) {
            throw new BadRequest(Messages.nl("api.attendance.badPeriod", Echo.of(from), Echo.of(to)));
        }
        return Period.custom(start, end);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(Messages.nl("api.attendance.badDate", Echo.of(value)));
        }
    }

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

    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
