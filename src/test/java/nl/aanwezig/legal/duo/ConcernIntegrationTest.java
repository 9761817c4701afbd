package nl.aanwezig.legal.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolCalendar;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** A school of its own (20CV) with criteria 4 hours in 2 weeks and 3 times late in 2 weeks. */
@IntegrationTest
class ConcernIntegrationTest {

    static final String OC = "t-oc-concern";
    static final String CRITERIA = """
            {"unauthorisedHours":4,"unauthorisedWeeks":2,"lateTimes":3,"lateWeeks":2}""";

    @Autowired TestData data;
    @Autowired Routes routes;
    @Autowired RegistrationStore registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired SchoolCalendar calendar;
    @Autowired Cases cases;
    @Autowired TaskService tasks;
    @Autowired ConcernDecisionService decisions;
    @Autowired ConcernCriteriaService criteria;
    @Autowired WebApplicationContext context;
    MockMvc mvc;
    School school;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        school = data.school("20CV", Sector.VO);
        data.account(OC, Role.OC, school);
        jdbc.update("insert into school_partner (school_id, username, role) values (?, 't-leerplicht', 'LEERPLICHT') "
                + "on conflict do nothing", school.id());
        AsUser.run(OC, "OC", () -> criteria.save(school.id(), new ConcernCriteria(4, 2, 3, 2, null, null)));
    }

    /** Writes the days and announces them as an import does: figures in the transaction, signals after commit. */
    void imported(List<LocalDate> days) {
        tx.executeWithoutResult(s -> events.publishEvent(new RegistrationsImported(Set.of(school.id()),
                days.get(days.size() - 1), days.get(0))));
    }

    List<LocalDate> lastSchoolDays(int n) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = routes.schoolDay(); days.size() < n; d = d.minusDays(1)) {
            if (calendar.isSchoolDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    int concerns(Pupil pupil) {
        return jdbc.queryForObject("select count(*) from signal where pupil_id = ? and type = 'CONCERN'", Integer.class,
                pupil.id());
    }

    @Test
    void over_the_hours_raises_one_concern_below_none_and_a_pupil_at_sixteen_hours_gets_the_duo_signal_instead() {
        List<LocalDate> today = lastSchoolDays(1);
        Pupil over = data.pupil(school, "cc-over", "2C", "t-mentor");
        Pupil below = data.pupil(school, "cc-below", "2C", "t-mentor");
        Pupil duo = data.pupil(school, "cc-duo", "2C", "t-mentor");
        data.voDay(over, today.get(0), 5);
        data.voDay(below, today.get(0), 3);
        List<LocalDate> three = lastSchoolDays(3);
        three.forEach(d -> data.voDay(duo, d, 6));
        imported(three);
        imported(three);

        assertThat(concerns(over)).isEqualTo(1);
        assertThat(concerns(below)).isZero();
        assertThat(concerns(duo)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from signal where pupil_id = ? and type = 'DUO_16H'",
                Integer.class, duo.id())).isEqualTo(1);
    }

    @Test
    void three_late_arrivals_raise_a_concern() {
        Pupil late = data.pupil(school, "cc-late", "2C", "t-mentor");
        List<LocalDate> days = lastSchoolDays(3);
        List<RegistrationRecord> records = new ArrayList<>();
        days.forEach(d -> records.add(new RegistrationRecord(late.id(), d, LocalTime.of(8, 30), LocalTime.of(9, 20),
                "te_laat", null, 10)));
        registrations.insert(records);
        imported(days);
        assertThat(jdbc.queryForObject("select detail from signal where pupil_id = ? and type = 'CONCERN'",
                String.class, late.id())).contains("3 keer te laat");
    }

    @Test
    void the_oc_passes_the_concern_on_and_leerplicht_gets_a_task_through_the_engine() {
        Pupil pupil = data.pupil(school, "cc-route", "2C", "t-mentor");
        List<LocalDate> today = lastSchoolDays(1);
        data.voDay(pupil, today.get(0), 4);
        imported(today);
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask decision = routes.openTask(c.id(), "concern-decision");
        assertThat(decision.candidateGroup()).isEqualTo("oc");

        assertThatThrownBy(() -> AsUser.run(OC, "OC", () -> decisions.decide(decision.id(), true, " ")))
                .isInstanceOf(UserFacingException.class).hasMessage("concern.error.note");
        assertThat(routes.openTasks(c.id(), "concern-decision")).hasSize(1);

        AsUser.run(OC, "OC", () -> decisions.decide(decision.id(), true, "Drie gesprekken gevoerd, geen verbetering"));
        CaseTask leerplicht = routes.openTask(c.id(), "concern-leerplicht");
        assertThat(leerplicht.candidateGroup()).isEqualTo("leerplicht");
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> tasks.inbox())).extracting(TaskItem::taskId)
                .contains(leerplicht.id());
        AsUser.run("t-leerplicht", "LEERPLICHT", () -> decisions.pickUp(leerplicht.id(), "Gesprek met ouders gepland"));
        routes.awaitTaskGone(leerplicht.id());
        assertThat(jdbc.queryForObject("select summary from case_event where case_id = ? and source_key = ?",
                String.class, c.id(), "concern-decided:" + decision.id()))
                .startsWith("Zorgelijk verzuim doorgegeven aan leerplicht").contains("Drie gesprekken");
    }

    @Test
    void the_api_gives_the_schools_oc_200_another_schools_oc_403_and_a_bad_body_400() throws Exception {
        mvc.perform(put("/api/v1/schools/20CV/concern-criteria").contentType(MediaType.APPLICATION_JSON).content(CRITERIA)
                .with(httpBasic(OC, TestData.PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.unauthorisedHours").value(4)).andExpect(jsonPath("$.updatedBy").value(OC));
        mvc.perform(get("/api/v1/schools/20CV/concern-criteria").with(httpBasic(OC, TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lateTimes").value(3));
        mvc.perform(put("/api/v1/schools/20CV/concern-criteria").contentType(MediaType.APPLICATION_JSON).content(CRITERIA)
                .with(httpBasic("t-oc2", TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/schools/20CV/concern-criteria").contentType(MediaType.APPLICATION_JSON)
                .content("{\"unauthorisedHours\":4}").with(httpBasic(OC, TestData.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/schools/20CV/concern-criteria").contentType(MediaType.APPLICATION_JSON)
                .content("{\"unauthorisedHours\":16,\"unauthorisedWeeks\":4}").with(httpBasic(OC, TestData.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/schools/20CV/concern-criteria").contentType(MediaType.APPLICATION_JSON)
                .content("{not json").with(httpBasic(OC, TestData.PASSWORD))).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/schools/20CV/concern-criteria").contentType(MediaType.APPLICATION_JSON).content(CRITERIA)
                .with(httpBasic("t-admin", TestData.PASSWORD))).andExpect(status().isOk());
    }
}
