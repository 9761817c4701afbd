package nl.aanwezig.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.aanwezig.admin.CalendarAdmin;
import nl.aanwezig.admin.SchoolTeams;
import nl.aanwezig.school.SchoolCalendarPeriods.Kind;
import nl.aanwezig.school.SchoolCalendarPeriods.Period;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who works with a school (leerplicht, jeugdarts, SAT) and its calendar; each list is replaced as a whole. */
@RestController
@RequestMapping(path = "/api/v1/admin/schools/{brin}", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Beheer: scholen")
class AdminSchoolTeamController {

    private final SchoolTeams teams;
    private final CalendarAdmin calendars;

    AdminSchoolTeamController(SchoolTeams teams, CalendarAdmin calendars) {
        this.teams = teams;
        this.calendars = calendars;
    }

    @GetMapping("/partners")
    @Operation(summary = "Leerplichtambtenaren en jeugdartsen van een school")
    List<SchoolTeams.Partner> partners(@PathVariable String brin) {
        return teams.partners(brin);
    }

    @PutMapping(path = "/partners", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ketenpartners van een school vervangen", description = "Lijst van {username, role}; role is "
            + "LEERPLICHT of JEUGDARTS en moet de rol van het account zijn.")
    List<SchoolTeams.Partner> replacePartners(@PathVariable String brin, @RequestBody List<SchoolTeams.Partner> partners) {
        return teams.replacePartners(brin, partners);
    }

    @GetMapping("/sat-members")
    @Operation(summary = "SAT-leden van een school (naast de OC's)")
    List<String> satMembers(@PathVariable String brin) {
        return teams.satMembers(brin);
    }

    @PutMapping(path = "/sat-members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "SAT-leden vervangen", description = "Lijst van gebruikersnamen van mentoren of OC's van deze school.")
    List<String> replaceSatMembers(@PathVariable String brin, @RequestBody List<String> usernames) {
        return teams.replaceSatMembers(brin, usernames);
    }

    /** A holiday: first and last day included. */
    record Holiday(String name, LocalDate from, LocalDate to) {
    }

    /** A study day: no lessons on that one day. */
    record StudyDay(String name, LocalDate date) {
    }

    /** The calendar as JSON: holidays and study days. */
    record Calendar(List<Holiday> holidays, List<StudyDay> studyDays) {
    }

    @GetMapping("/calendar")
    @Operation(summary = "Vakanties en studiedagen van een school")
    Calendar calendar(@PathVariable String brin) {
        return json(calendars.of(brin));
    }

    @PutMapping(path = "/calendar", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Vakanties en studiedagen vervangen", description = "{\"holidays\":[{\"name\",\"from\",\"to\"}],"
            + "\"studyDays\":[{\"name\",\"date\"}]}; datums als 2026-10-19.")
    Calendar replaceCalendar(@PathVariable String brin, @RequestBody Calendar calendar) {
        Stream<Period> holidays = calendar.holidays() == null ? Stream.empty() : calendar.holidays().stream()
                .map(h -> new Period(Kind.HOLIDAY, h.name(), h.from(), h.to()));
        Stream<Period> studyDays = calendar.studyDays() == null ? Stream.empty() : calendar.studyDays().stream()
                .map(d -> new Period(Kind.STUDY_DAY, d.name(), d.date(), d.date()));
        return json(calendars.replace(brin, Stream.concat(holidays, studyDays).toList()));
    }

    private static Calendar json(List<Period> periods) {
        return new Calendar(periods.stream().filter(p -> p.kind() == Kind.HOLIDAY)
                .map(p -> new Holiday(p.name(), p.firstDay(), p.lastDay())).toList(),
                periods.stream().filter(p -> p.kind() == Kind.STUDY_DAY).map(p -> new StudyDay(p.name(), p.firstDay())).toList());
    }
}
