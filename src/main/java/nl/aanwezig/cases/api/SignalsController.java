package nl.aanwezig.cases.api;

import nl.aanwezig.base.api.ApiProblems;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.Echo;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.SignalListService;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/schools/{brin}/signals?type=&from=&to=}: the signals of a school in a period. */
@RestController
class SignalsController {

    private final Schools schools;
    private final SignalListService signals;
    private final nl.aanwezig.school.KnownSchoolYears years;

    SignalsController(Schools schools, SignalListService signals, nl.aanwezig.school.KnownSchoolYears years) {
        this.years = years;
        this.schools = schools;
        this.signals = signals;
    }

    /** One signal: whose, what, and the period of its facts. */
    record SignalResponse(String leerling, SignalType type, LocalDate startDate, LocalDate endDate, String detail) {
    }

    @GetMapping("/api/v1/schools/{brin}/signals")
    List<SignalResponse> signals(@PathVariable String brin, @RequestParam(required = false) String type,
                                 @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = ApiRequests.period(from, to, years);
        School school = schools.requireByBrin(brin);
        return signals.signals(school, type(type), period.from(), period.to()).stream()
                .map(s -> new SignalResponse(s.leerling(), s.type(), s.startDate(), s.endDate(), s.detail())).toList();
    }

    private static SignalType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SignalType.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.BadRequest(Messages.nl("api.signals.badType", Echo.of(value)));
        }
    }
}
