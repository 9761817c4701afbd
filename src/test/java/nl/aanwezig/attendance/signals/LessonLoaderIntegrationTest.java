package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.attendance.figures.RandomLessons;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DUO detection reads only the unauthorised absences and one placeholder per school day, not every lesson:
 * over random timetables (every reason, holidays, VO and PO) that gives exactly the reports all lessons give.
 */
@IntegrationTest
class LessonLoaderIntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 19);

    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired LessonLoader loader;

    @Test
    void absences_and_school_days_give_the_duo_rules_the_same_reports_as_all_lessons() {
        Map<Long, Sector> sectors = new java.util.LinkedHashMap<>();
        for (Sector sector : List.of(Sector.VO, Sector.PO)) {
            School school = data.school(sector == Sector.VO ? "LL01" : "LL02", sector);
            for (int i = 0; i < 12; i++) {
                Pupil p = data.pupil(school, "ll-" + sector + "-" + i, "1A", "m.ll");
                int n = i;
                List<Lesson> lessons = new ArrayList<>(RandomLessons.of(7_000 + i, FROM, TO));
                // a truant stretch for some, so that reports are due
                lessons.removeIf(l -> n % 3 == 0 && l.date().isAfter(LocalDate.of(2025, 10, 6))
                        && l.date().isBefore(LocalDate.of(2025, 10, 25)));
                if (i % 3 == 0) {
                    lessons.addAll(truantWeeks(LocalDate.of(2025, 10, 6), i % 2 == 0));
                }
                imports.lessons(p, lessons);
                sectors.put(p.id(), sector);
            }
        }
        List<Long> ids = List.copyOf(sectors.keySet());
        Map<Long, List<Lesson>> all = loader.lessons(ids, FROM, TO);
        Map<Long, List<Lesson>> reduced = loader.unauthorisedAbsencesAndSchoolDays(ids, FROM, TO);
        assertThat(reduced.keySet()).isEqualTo(all.keySet());
        int reports = 0;
        for (long id : ids) {
            Sector sector = sectors.get(id);
            List<DuoReport> fromAll = DuoRule.detect(sector, all.get(id), List.of());
            assertThat(DuoRule.detect(sector, reduced.get(id), List.of())).as("pupil %d", id).isEqualTo(fromAll);
            // and again with the first report already filed (restart and the 7-day rule)
            List<DuoReport> filed = fromAll.isEmpty() ? List.of() : List.of(fromAll.getFirst());
            assertThat(DuoRule.detect(sector, reduced.get(id), filed)).isEqualTo(DuoRule.detect(sector, all.get(id), filed));
            reports += fromAll.size();
        }
        assertThat(reports).as("the timetables do give reports").isPositive();
    }

    @Test
    void the_day_table_names_the_same_candidates_as_the_registrations_for_every_condition_and_period() {
        List<Long> schools = new ArrayList<>();
        List<Long> some = new ArrayList<>();
        for (Sector sector : List.of(Sector.VO, Sector.PO)) {
            School school = data.school(sector == Sector.VO ? "LL03" : "LL04", sector);
            schools.add(school.id());
            for (int i = 0; i < 12; i++) {
                Pupil p = data.pupil(school, "p22d-ll-" + sector + "-" + i, "1A", "m.ll");
                imports.lessons(p, RandomLessons.of(9_000 + i, FROM, TO));
                if (i % 2 == 0) {
                    some.add(p.id());
                }
            }
        }
        // the conditions the detection used on registration, and what it reads in the day table instead
        Map<String, String> conditions = Map.of(
                "r.status = 'afwezig' and r.reason = 'ziek'", "ad.sick",
                "r.status = 'afwezig' and r.reason in " + LessonLoader.UNAUTHORISED, "ad.unauthorised_absent_min > 0",
                "(r.status = 'afwezig' and r.reason in " + LessonLoader.UNAUTHORISED + ") or r.status = 'te_laat'",
                "ad.unauthorised_absent_min > 0 or ad.late_count > 0");
        Changed half = Changed.of(java.util.Set.copyOf(some));
        int found = 0;
        for (long school : schools) {
            for (LocalDate[] period : List.of(new LocalDate[] {FROM, TO}, new LocalDate[] {FROM, FROM.plusDays(4)},
                    new LocalDate[] {LocalDate.of(2025, 11, 12), LocalDate.of(2025, 11, 12)})) {
                for (var c : conditions.entrySet()) {
                    List<Long> before = loader.candidatesInRegistrations(school, c.getKey(), period[0], period[1]);
                    assertThat(loader.candidates(school, c.getValue(), period[0], period[1], Changed.ALL))
                            .as("%s over %s..%s", c.getValue(), period[0], period[1]).isEqualTo(before);
                    assertThat(loader.candidates(school, c.getValue(), period[0], period[1], half))
                            .isEqualTo(before.stream().filter(some::contains).toList());
                    found += before.size();
                }
            }
        }
        assertThat(found).as("the lessons do have candidates").isPositive();
    }

    /** Two weeks from a Monday (the week after an autumn holiday of one week without lessons in between). */
    private static List<Lesson> truantWeeks(LocalDate monday, boolean luxe) {
        List<Lesson> out = new ArrayList<>();
        for (LocalDate day : List.of(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(14),
                monday.plusDays(15), monday.plusDays(16))) {
            out.addAll(RandomLessons.of(day.toEpochDay(), day, day).stream().map(l -> Lesson.absent(l.date(), l.start(),
                    l.end(), luxe ? nl.aanwezig.attendance.domain.AbsenceReason.LUXEVERZUIM
                            : nl.aanwezig.attendance.domain.AbsenceReason.SPIJBELEN)).toList());
        }
        return out;
    }
}
