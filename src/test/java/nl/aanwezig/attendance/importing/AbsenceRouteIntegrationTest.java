package nl.aanwezig.attendance.importing;

import static nl.aanwezig.attendance.importing.AbsenceRouteEquivalenceIntegrationTest.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.school.SchoolCalendarPeriods;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The absence-only route on one school (T20W, class 3C, hours 1-3 every weekday, a study day on 2026-09-10): a
 * re-export replaces the absences of its period, the same file again changes nothing, unknown codes refuse the file
 * with the lines and the set of codes, a timetable change or a new default lateness derives the covered period again,
 * and the refusals of bad lists and of other schools' users.
 */
@IntegrationTest
class AbsenceRouteIntegrationTest {

    private static final String BRIN = "T20W";
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 9, 11);

    @Autowired
    ImportService imports;
    @Autowired
    SchoolScheduleService schedule;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SchoolCalendarPeriods calendar;

    long school;

    @BeforeEach
    void setUp() {
        school = jdbc.queryForObject("select id from school where brin = ?", Long.class, BRIN);
        if (jdbc.queryForObject("select count(*) from pupil where school_id = ?", Integer.class, school) > 0) {
            return; // the school's setup is shared by the tests; each test resets the export itself
        }
        jdbc.update("insert into school_calendar_period (school_id, kind, name, first_day, last_day) "
                + "values (?, 'STUDY_DAY', 'Studiedag', '2026-09-10', '2026-09-10')", school);
        // the admin's class: a pupil import names only classes the school has
        jdbc.update("insert into school_class (school_id, name) values (?, '3C')", school);
        asOc(() -> {
            imports.importPupils(csv("""
                    school;leerling;voornaam;achternaam;geboortedatum;sector;klas;mentor;startkwalificatie
                    T20W;3001;Ada;Een;2012-01-01;VO;3C;;nee
                    T20W;3002;Bo;Twee;2012-02-02;VO;3C;;nee
                    """), ImportOptions.defaults(), ImportProgress.NONE);
            schedule.applyPreset(school, "magister");
            schedule.replaceLessonHours(school, csv("weekdag;lesuur;start;eind\n;1;08:30;09:20\n;2;09:20;10:10\n"
                    + ";3;10:30;11:20\n"));
            timetable("1", "2", "3");
        });
    }

    @Test
    void a_re_export_replaces_the_absences_of_its_period_and_the_same_file_again_changes_nothing() {
        ImportResult first = export("3001;2026-09-07;1e uur;Z;\n3001;2026-09-07;2e uur;Z;\n3002;08-09-2026;3;L;\n");
        assertThat(first.errors()).isEmpty();
        // four school days (the study day has no lessons) x 3 hours x 2 pupils
        assertThat(lessons()).hasSize(24).contains("3001 2026-09-07 08:30 afwezig ziek 0",
                "3001 2026-09-07 09:20 afwezig ziek 0", "3002 2026-09-08 10:30 te_laat - 10",
                "3001 2026-09-08 08:30 aanwezig - 0").noneMatch(l -> l.contains("2026-09-10"));

        ImportResult again = export("3001;2026-09-07;1e uur;Z;\n3001;2026-09-07;2e uur;Z;\n3002;08-09-2026;3;L;\n");
        assertThat(again.accepted()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.export().lessonsChanged()).isZero();

        ImportResult withdrawn = export("3001;2026-09-07;1e uur;Z;\n3002;08-09-2026;3;L;\n");
        assertThat(withdrawn.export().withdrawn()).isEqualTo(1);
        assertThat(lessons()).hasSize(24).contains("3001 2026-09-07 09:20 aanwezig - 0");
        assertThat(presentMinutes("3001")).isEqualTo(11 * 50);
    }

    @Test
    void a_first_export_of_a_period_with_a_lesson_twice_in_the_timetable_writes_it_once_and_counts_it_once() {
        // the period new to the school: written without the conflict check, which a lesson twice makes fail
        jdbc.update("delete from absence_coverage where school_id = ?", school);
        // Monday's third hour also in an overlapping entry of its own
        asOc(() -> assertThat(imports.importTimetable(csv(timetableCsv("1", "2", "3")
                + "3C;;ma;3;2026-09-07;2026-09-07\n"), ImportOptions.defaults(), ImportProgress.NONE).errors()).isEmpty());
        jdbc.update("delete from attendance_day where school_id = ?", school);
        jdbc.update("delete from registration where pupil_id in (select id from pupil where school_id = ?)", school);
        ImportResult first = export("3001;2026-09-07;1e uur;Z;\n3002;08-09-2026;3;L;\n");
        assertThat(first.errors()).isEmpty();
        assertThat(lessons()).hasSize(24).contains("3002 2026-09-08 10:30 te_laat - 10");
        assertThat(presentMinutes("3001")).isEqualTo(11 * 50);
        assertThat(presentMinutes("3002")).isEqualTo(12 * 50 - 10);
        asOc(() -> timetable("1", "2", "3"));
    }

    @Test
    void a_new_default_lateness_and_a_timetable_change_derive_the_covered_period_again() {
        export("3002;2026-09-08;3;L;\n3002;2026-09-09;1;T;7\n");
        asOc(() -> schedule.setDefaultMinutesLate(school, 15));
        assertThat(lessons()).contains("3002 2026-09-08 10:30 te_laat - 15", "3002 2026-09-09 08:30 te_laat - 7");

        ImportResult changed = asOc(() -> imports.importTimetable(csv("""
                klas;leerling;weekdag;lesuur;geldig_van;geldig_tot
                3C;;ma;1;2026-09-01;2026-09-08
                3C;;ma;2;2026-09-01;2026-09-08
                3C;;di;1;2026-09-01;2026-09-08
                3C;;di;2;2026-09-01;2026-09-08
                3C;;di;3;2026-09-01;2026-09-08
                3C;;wo;1;2026-09-09;2027-07-16
                3C;;do;1;2026-09-09;2027-07-16
                3C;;vr;1;2026-09-09;2027-07-16
                3C;;vr;2;2026-09-09;2027-07-16
                3C;;vr;2;2026-09-01;2027-07-16
                """), ImportOptions.defaults(), ImportProgress.NONE));
        assertThat(changed.errors()).isEmpty();
        assertThat(changed.export().lessonsChanged()).isPositive();
        // per pupil: Monday 2, Tuesday 3, Wednesday 1, Thursday none (the study day), Friday 2 (its second hour is in
        // the file twice, overlapping: one lesson)
        assertThat(lessons()).hasSize(2 * (2 + 3 + 1 + 2)).contains("3002 2026-09-08 10:30 te_laat - 15")
                .noneMatch(l -> l.startsWith("3001 2026-09-07 10:30"));
        asOc(() -> schedule.setDefaultMinutesLate(school, 10));
        asOc(() -> timetable("1", "2", "3"));
    }

    @Test
    void a_day_off_added_to_the_calendar_afterwards_loses_its_lessons_and_gets_them_back_when_removed() {
        export("3001;2026-09-11;1;Z;\n");
        assertThat(lessons()).filteredOn(l -> l.contains("2026-09-11")).hasSize(6);
        SchoolCalendarPeriods.Period studyDay = new SchoolCalendarPeriods.Period(SchoolCalendarPeriods.Kind.STUDY_DAY,
                "Studiedag", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 10));
        calendar.replace(school, List.of(studyDay, new SchoolCalendarPeriods.Period(SchoolCalendarPeriods.Kind.STUDY_DAY,
                "Extra studiedag", FRIDAY, FRIDAY)));
        assertThat(lessons()).hasSize(18).noneMatch(l -> l.contains("2026-09-11"));
        calendar.replace(school, List.of(studyDay));
        assertThat(lessons()).hasSize(24).contains("3001 2026-09-11 08:30 afwezig ziek 0");
    }

    @Test
    void a_timetable_file_of_one_pupil_replaces_that_pupils_timetable_only_and_their_class_keeps_its_own() {
        export("");
        ImportResult own = asOc(() -> imports.importTimetable(csv("""
                klas;leerling;weekdag;lesuur;geldig_van;geldig_tot
                ;3001;ma;1;2026-09-01;2027-07-16
                ;3001;di;1;2026-09-01;2027-07-16
                """), ImportOptions.defaults(), ImportProgress.NONE));
        try {
            assertThat(own.errors()).isEmpty();
            // the own timetable holds on every day it is valid: Monday and Tuesday one lesson, no other day
            assertThat(lessons()).filteredOn(l -> l.startsWith("3001 ")).containsExactly(
                    "3001 2026-09-07 08:30 aanwezig - 0", "3001 2026-09-08 08:30 aanwezig - 0");
            assertThat(lessons()).filteredOn(l -> l.startsWith("3002 ")).hasSize(12);
        } finally {
            jdbc.update("delete from timetable_entry where school_id = ? and pupil_id is not null", school);
            asOc(() -> schedule.setDefaultMinutesLate(school, 10));
        }
    }

    @Test
    void an_export_with_codes_the_list_does_not_know_is_refused_with_the_lines_and_the_set_of_codes() {
        export("3001;2026-09-07;1;Z;\n");
        ImportResult refused = export("3001;2026-09-07;1;QQ;\n3001;2026-09-07;2;XY;\n3002;2026-09-08;1;qq;\n"
                + "3002;2026-09-08;2;Z;\n");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.export().unknownCodes()).containsExactly("QQ", "XY", "qq");
        assertThat(refused.errors()).extracting(RowError::line).containsExactly(2, 3, 4);
        assertThat(refused.errors().getFirst().reason()).contains("onbekende code 'QQ'");
        assertThat(lessons()).contains("3001 2026-09-07 08:30 afwezig ziek 0", "3002 2026-09-08 09:20 aanwezig - 0");
    }

    @Test
    void rows_outside_the_period_minutes_on_an_absence_and_one_lesson_with_two_codes_are_refused_by_line() {
        ImportResult refused = export("3001;2026-09-14;1;Z;\n3001;2026-09-07;1;Z;5\n3002;2026-09-07;1;Z;\n"
                + "3002;2026-09-07;1;S;\n");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).extracting(RowError::line).containsExactly(2, 3, 4, 5);
        assertThat(refused.errors()).extracting(RowError::reason).satisfiesExactly(
                r -> assertThat(r).contains("buiten de periode"), r -> assertThat(r).contains("minuten te laat bij code 'Z'"),
                r -> assertThat(r).contains("andere code"), r -> assertThat(r).contains("andere code"));
    }

    @Test
    void a_code_list_whose_reason_contradicts_geoorloofd_or_drops_a_used_code_is_refused_as_a_whole() {
        export("3001;2026-09-07;1;Z;\n");
        ImportResult contradicts = asOc(() -> schedule.replaceCodes(school, csv(
                "code;status;reden;geoorloofd\nZ;afwezig;ziek;ja\nS;afwezig;spijbelen;ja\n")));
        assertThat(contradicts.refused()).isTrue();
        assertThat(contradicts.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("spijbelen is ongeoorloofd");
        });
        ImportResult dropsUsed = asOc(() -> schedule.replaceCodes(school, csv("code;status;reden;geoorloofd\n"
                + "S;afwezig;spijbelen;nee\n")));
        assertThat(dropsUsed.refused()).isTrue();
        assertThat(dropsUsed.errors().getFirst().reason()).contains("opgeslagen absenties gebruiken: Z");
        assertThat(asOc(() -> schedule.codes(school))).extracting(c -> c.code()).contains("Zb", "BV");
    }

    @Test
    void a_bell_schedule_with_overlapping_hours_is_refused_and_the_stored_one_stays() {
        ImportResult overlap = asOc(() -> schedule.replaceLessonHours(school, csv(
                "weekdag;lesuur;start;eind\nma;1;08:30;09:20\nma;2;09:10;10:00\n")));
        assertThat(overlap.refused()).isTrue();
        assertThat(overlap.errors()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("lesuur 2 overlapt met lesuur 1 op maandag (regel 2)"));
        assertThat(asOc(() -> schedule.lessonHours(school))).hasSize(15);
    }

    @Test
    void an_oc_of_another_school_may_not_touch_this_schools_code_list_nor_import_its_export() {
        assertThatThrownBy(() -> AsUser.run("t-oc-abs2", "OC", () -> schedule.replaceCodes(school,
                csv("code;status\nPR;aanwezig\n")))).isInstanceOf(AccessDeniedException.class);
        ImportResult refused = AsUser.call("t-oc-abs2", "OC", () -> imports.importAbsences(
                csv("school;leerling;datum;lesuur;code\nT20W;3001;2026-09-07;1;Z\n"), ImportOptions.defaults(),
                ImportProgress.NONE));
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).extracting(RowError::reason).contains("geen toegang tot school T20W");
        assertThatThrownBy(() -> AsUser.run("t-mentor", "MENTOR", () -> imports.importAbsences(csv("x"),
                ImportOptions.defaults(), ImportProgress.NONE))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_export_for_a_school_without_a_timetable_is_refused_and_its_registered_lessons_stay() {
        long other = jdbc.queryForObject("select id from school where brin = 'T20X'", Long.class);
        jdbc.update("insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector) "
                + "values (?, '9001', 'Xan', 'Elders', '2012-03-03', 'VO') on conflict do nothing", other);
        long pupil = jdbc.queryForObject("select id from pupil where school_id = ? and leerling = '9001'", Long.class, other);
        for (String day : List.of("2026-09-07", "2026-09-08", "2026-09-09")) {
            jdbc.update("insert into registration (pupil_id, lesson_date, start_time, end_time, status) "
                    + "values (?, ?::date, '08:30', '09:20', 'aanwezig') on conflict do nothing", pupil, day);
        }
        ImportResult refused = AsUser.call("t-oc-abs2", "OC", () -> imports.importAbsences(
                csv("leerling;datum;lesuur;code;minuten_te_laat\n"),
                new ImportOptions(ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical(), new ExportScope(null, MONDAY, FRIDAY)),
                ImportProgress.NONE));
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).startsWith("School T20X heeft geen lesrooster of lestijden voor 7-9-2026 t/m 11-9-2026");
        });
        assertThat(jdbc.queryForObject("select count(*) from registration where pupil_id = ?", Integer.class, pupil))
                .isEqualTo(3);
    }

    @Test
    void an_export_that_removes_more_than_a_fifth_of_the_periods_lessons_waits_for_that_number_to_be_confirmed() {
        export("");
        // ten registered lessons the timetable does not hold (a per-lesson file's, say): 10 of 34 would go
        for (String leerling : List.of("3001", "3002")) {
            for (String day : List.of("2026-09-07", "2026-09-08", "2026-09-09", "2026-09-10", "2026-09-11")) {
                jdbc.update("""
                        insert into registration (pupil_id, lesson_date, start_time, end_time, status)
                        select id, ?::date, '13:00', '13:50', 'aanwezig' from pupil where school_id = ? and leerling = ?""",
                        day, school, leerling);
            }
        }
        ImportResult asked = export("3001;2026-09-07;1;Z;\n");
        assertThat(asked.needsConfirmation()).isTrue();
        assertThat(asked.export().lessonsToRemove()).isEqualTo(10);
        assertThat(asked.export().lessonsInPeriod()).isEqualTo(34);
        assertThat(asked.errors()).singleElement().satisfies(e -> assertThat(e.reason())
                .startsWith("Dit bestand haalt 10 van de 34 geregistreerde lessen van 7-9-2026 t/m 11-9-2026 weg")
                .endsWith("(API: confirm=10)."));
        assertThat(lessons()).hasSize(34).contains("3001 2026-09-07 08:30 aanwezig - 0");

        ImportResult otherNumber = confirmed(9, "3001;2026-09-07;1;Z;\n");
        assertThat(otherNumber.needsConfirmation()).isTrue();
        assertThat(lessons()).hasSize(34);

        ImportResult done = confirmed(10, "3001;2026-09-07;1;Z;\n");
        assertThat(done.refused()).isFalse();
        assertThat(lessons()).hasSize(24).contains("3001 2026-09-07 08:30 afwezig ziek 0")
                .noneMatch(l -> l.contains(" 13:00 "));
    }

    private ImportResult confirmed(int lessons, String rows) {
        return asOc(() -> imports.importAbsences(csv("leerling;datum;lesuur;code;minuten_te_laat\n" + rows),
                new ImportOptions(ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical(), new ExportScope(null, MONDAY,
                        FRIDAY, lessons)), ImportProgress.NONE));
    }

    private ImportResult export(String rows) {
        return asOc(() -> imports.importAbsences(csv("leerling;datum;lesuur;code;minuten_te_laat\n" + rows),
                new ImportOptions(ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical(), new ExportScope(null, MONDAY,
                        FRIDAY)), ImportProgress.NONE));
    }

    private void timetable(String... hours) {
        ImportResult result = imports.importTimetable(csv(timetableCsv(hours)), ImportOptions.defaults(),
                ImportProgress.NONE);
        assertThat(result.errors()).isEmpty();
    }

    private static String timetableCsv(String... hours) {
        StringBuilder csv = new StringBuilder("klas;leerling;weekdag;lesuur;geldig_van;geldig_tot\n");
        for (String day : List.of("ma", "di", "wo", "do", "vr")) {
            for (String hour : hours) {
                csv.append("3C;;").append(day).append(';').append(hour).append(";2026-09-01;2027-07-16\n");
            }
        }
        return csv.toString();
    }

    private List<String> lessons() {
        return jdbc.queryForList("""
                select p.leerling || ' ' || r.lesson_date || ' ' || to_char(r.start_time, 'HH24:MI') || ' ' || r.status
                       || ' ' || coalesce(r.reason, '-') || ' ' || r.minutes_late
                from registration r join pupil p on p.id = r.pupil_id where p.school_id = ? order by 1""",
                String.class, school);
    }

    private int presentMinutes(String leerling) {
        return jdbc.queryForObject("""
                select sum(d.present_min) from attendance_day d join pupil p on p.id = d.pupil_id
                where p.school_id = ? and p.leerling = ?""", Integer.class, school, leerling);
    }

    private static <T> T asOc(java.util.function.Supplier<T> work) {
        return AsUser.call("t-oc-abs", "OC", work);
    }

    private static void asOc(Runnable work) {
        AsUser.run("t-oc-abs", "OC", work);
    }
}
