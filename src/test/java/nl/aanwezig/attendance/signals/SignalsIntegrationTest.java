package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.OcDecision;
import nl.aanwezig.cases.tasks.OcTaskService;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Signals computed after an import start their routes, bring in the right partner, and raise once. */
@IntegrationTest
class SignalsIntegrationTest extends SignalScenario {

    @Autowired Pupils pupils;
    @Autowired TaskService tasks;
    @Autowired DossierService dossiers;
    @Autowired OcTaskService ocTasks;
    @Autowired MedicalNotes medicalNotes;

    @Test
    void a_fourth_sick_report_within_twelve_weeks_gives_the_oc_and_the_jeugdarts_a_task() {
        Pupil pupil = data.pupil(routes.school(), "s-mazl", "3C", "t-mentor");
        // four weeks of school; sick on each Monday: four sick reports
        registrations.insert(weeks(pupil, 4, (day, i) -> day.getDayOfWeek().getValue() == 1 ? "ziek" : null));
        imported(4);

        assertThat(signals.ofSchool(routes.school().id(), SignalType.MAZL, MONDAY, MONDAY.plusWeeks(4)))
                .extracting(s -> s.leerling()).containsExactly("s-mazl");
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        assertThat(c.stage()).isEqualTo(CaseStage.SIGNALLED);
        CaseTask oc = routes.openTask(c.id(), "mazl-oc");
        CaseTask advice = routes.openTask(c.id(), "mazl-advice");
        assertThat(oc.candidateGroup()).isEqualTo("oc");
        // the school's jeugdarts joined the case: the task is in their inbox and the dossier opens for them
        List<TaskItem> inbox = AsUser.call("t-jeugdarts", "JEUGDARTS", () -> tasks.inbox());
        assertThat(inbox).extracting(TaskItem::taskId).contains(advice.id());
        assertThat(AsUser.call("t-jeugdarts", "JEUGDARTS", () -> dossiers.dossier(pupil.id())).pupilId()).isEqualTo(pupil.id());

        imported(4);
        assertThat(signals.ofSchool(routes.school().id(), SignalType.MAZL, MONDAY, MONDAY.plusWeeks(4))).hasSize(1);

        // the jeugdarts advises: the advice goes on the shared timeline, the medical grounds only to jeugdartsen
        AsUser.run("t-jeugdarts", "JEUGDARTS", () -> ocTasks.complete(advice.id(), "Rustig opbouwen; gym even niet.",
                OcDecision.ADVISED, "Astma, medicatie aangepast."));
        var timeline = AsUser.call("t-mentor", "MENTOR", () -> dossiers.dossier(pupil.id())).timeline();
        assertThat(timeline).extracting(e -> e.summary()).anyMatch(t -> t.contains("Rustig opbouwen"))
                .noneMatch(t -> t.contains("Astma"));
        assertThat(AsUser.call("t-jeugdarts", "JEUGDARTS", () -> medicalNotes.of(pupil.id())))
                .extracting(MedicalNotes.Note::text).containsExactly("Astma, medicatie aangepast.");
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> medicalNotes.of(pupil.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-mentor", "MENTOR", () -> medicalNotes.of(pupil.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_a_jeugdarts_writes_medical_notes() {
        Pupil pupil = data.pupil(routes.school(), "s-mazl-oc", "3C", "t-mentor");
        registrations.insert(weeks(pupil, 4, (day, i) -> day.getDayOfWeek().getValue() == 1 ? "ziek" : null));
        imported(4);
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask oc = routes.openTask(c.id(), "mazl-oc");
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> ocTasks.complete(oc.id(), "Besproken.",
                OcDecision.FOLLOWED_UP, "medisch")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(routes.openTask(c.id(), "mazl-oc").isOpen()).as("nothing saved").isTrue();
    }

    @Test
    void sixteen_missed_lessons_within_four_school_weeks_give_a_duo_report_task_with_its_deadline() {
        Pupil pupil = data.pupil(routes.school(), "s-duo", "3C", "t-mentor");
        // truant for 3 lessons every day of the first week and Monday of the second: 15 by Friday, the 16th on Monday
        registrations.insert(weeks(pupil, 2, (day, i) -> i < 3 && day.isBefore(MONDAY.plusDays(8)) ? "spijbelen" : null));
        imported(4);

        var duo = signals.ofSchool(routes.school().id(), SignalType.DUO_16H, MONDAY, MONDAY.plusWeeks(2));
        assertThat(duo).extracting(s -> s.leerling()).containsExactly("s-duo");
        assertThat(duo.get(0).startDate()).isEqualTo(MONDAY);
        assertThat(duo.get(0).endDate()).isEqualTo(MONDAY.plusWeeks(1));
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask report = routes.openTask(c.id(), "duo-report");
        // five working days after Monday 12 October: Monday 19 October, end of the school day
        assertThat(report.dueAt()).isEqualTo(LocalDate.of(2026, 10, 19).atTime(17, 0)
                .atZone(nl.aanwezig.base.TimeConfig.SCHOOL_ZONE).toInstant());
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> dossiers.dossier(pupil.id())).pupilId())
                .isEqualTo(pupil.id());

        imported(4);
        assertThat(signals.ofSchool(routes.school().id(), SignalType.DUO_16H, MONDAY, MONDAY.plusWeeks(2))).hasSize(1);
    }

    @Test
    void a_signal_from_long_ago_is_recorded_but_opens_no_case() {
        clock.set(java.time.LocalDateTime.of(2026, 12, 14, 12, 0)); // 9 weeks after the truancy
        Pupil pupil = data.pupil(routes.school(), "s-old", "3C", "t-mentor");
        registrations.insert(weeks(pupil, 2, (day, i) -> i < 3 && day.isBefore(MONDAY.plusDays(8)) ? "spijbelen" : null));
        imported(4);
        assertThat(signals.ofSchool(routes.school().id(), SignalType.DUO_16H, MONDAY, MONDAY.plusWeeks(2)))
                .extracting(s -> s.leerling()).contains("s-old");
        assertThat(cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN)).isEmpty();
    }

    @Test
    void falling_into_orange_over_the_school_year_so_far_raises_one_band_change() {
        Pupil pupil = data.pupil(routes.school(), "s-band", "3C", "t-mentor");
        // two of four lessons away with a doctor's note, every day for four weeks: 50.0%, just orange, over the
        // school year so far (the year rollup)
        registrations.insert(weeks(pupil, 4, (day, i) -> i < 2 ? "medisch" : null));
        imported(4);

        var band = signals.ofSchool(routes.school().id(), SignalType.BAND_CHANGE, MONDAY, MONDAY.plusWeeks(4))
                .stream().filter(s -> s.leerling().equals("s-band")).toList();
        assertThat(band).extracting(s -> s.detail()).containsExactly("50.0% (ORANGE)");

        imported(4);
        assertThat(signals.ofSchool(routes.school().id(), SignalType.BAND_CHANGE, MONDAY, MONDAY.plusWeeks(4)))
                .filteredOn(s -> s.leerling().equals("s-band")).hasSize(1);
    }

    @Test
    void a_pupil_of_eighteen_is_not_reported_to_duo() {
        Pupil adult = pupils.save(new Pupil(routes.school().id(), "s-adult", "Ada", "Volwassen", LocalDate.of(2007, 1, 1),
                Sector.VO, null, "t-mentor", false));
        registrations.insert(weeks(adult, 1, (day, i) -> "spijbelen"));
        imported(4);
        assertThat(signals.ofSchool(routes.school().id(), SignalType.DUO_16H, MONDAY, MONDAY.plusWeeks(1)))
                .extracting(s -> s.leerling()).doesNotContain("s-adult");
    }
}
