package nl.aanwezig.legal.absolute;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.ui.TaskForms;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.workflow.AbsoluteAbsenceProcess;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leerplicht registers a child enrolled at no school: the route starts with it, its follow-up reaches the officer's
 * inbox, "still at home" brings a new follow-up and "enrolled" ends the route while the record stays.
 */
@IntegrationTest
class AbsoluteAbsenceIntegrationTest {

    /** A leerplicht officer with a region (fixture V1018_1). */
    static final String LEERPLICHT = "t-lp-regio";

    @Autowired AbsoluteAbsenceService service;
    @Autowired AbsenceFollowUps followUps;
    @Autowired AbsoluteAbsenceRegistry registry;
    @Autowired TaskService inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired DurableEngine engine;
    @Autowired Clock clock;

    @BeforeEach
    void streams() {
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
    }

    @Test
    void registration_starts_the_route_and_the_follow_up_reaches_the_officers_inbox_due_in_four_weeks() {
        LocalDate today = LocalDate.now(clock);
        long id = register("Anna", "Zonderschool", today.minusYears(10), today.minusWeeks(3));

        Task task = awaitTask(id);
        assertThat(task.assignee()).isEqualTo(LEERPLICHT);
        assertThat(task.dueAt()).isEqualTo(today.plusWeeks(4).atTime(17, 0).atZone(TimeConfig.SCHOOL_ZONE).toInstant());
        TaskItem item = AsUser.call(LEERPLICHT, "LEERPLICHT", () -> inbox.inbox()).stream()
                .filter(t -> t.taskId() == task.id()).findFirst().orElseThrow();
        assertThat(item.pupilName()).isEqualTo("Anna Zonderschool");
        assertThat(item.leerling()).isEqualTo("geen school");
        assertThat(TaskForms.location(item.form(), item.taskId(), item.caseId()))
                .isEqualTo("absoluut-verzuim/opvolgen/" + task.id());

        long region = regionOf(LEERPLICHT);
        assertThat(registry.inRegion(region)).filteredOn(f -> f.id() == id).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo("OPEN");
            assertThat(f.since()).isEqualTo(today.minusWeeks(3));
            assertThat(f.regionId()).isEqualTo(region);
        });
        assertThat(registry.nameOf(id)).isEqualTo("Anna Zonderschool");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ABSOLUTE_ABSENCE_REGISTER'"
                + " and detail = ?", Integer.class, "absolute-absence:" + id)).isEqualTo(1);
    }

    @Test
    void still_at_home_brings_a_new_follow_up_and_enrolled_ends_the_route_while_the_record_stays() {
        LocalDate today = LocalDate.now(clock);
        long id = register("Bram", "Thuis", today.minusYears(14), today.minusWeeks(6));
        Task first = awaitTask(id);

        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> followUps.followUp(first.id(), AbsenceStatus.OPEN, today, null,
                "Gesprek met ouders; aanmelding bij het VSO loopt."));
        Task second = Eventually.get(() -> openTask(id).filter(t -> t.id() != first.id()), Routes.WAIT, "second follow-up");
        assertThat(state(first.id())).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select action from absolute_absence where id = ?", String.class, id))
                .isEqualTo("Gesprek met ouders; aanmelding bij het VSO loopt.");

        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> followUps.followUp(second.id(), AbsenceStatus.ENROLLED, today,
                "VSO De Brug", null));

        Eventually.asserted(() -> assertThat(route(id)).isCompleted()
                .hasPassedElement(AbsoluteAbsenceProcess.FOLLOW_UP, 2)
                .hasPassedElement(AbsoluteAbsenceProcess.ENDED), Routes.WAIT);
        assertThat(openTask(id)).isEmpty();
        assertThat(jdbc.queryForMap("select status, status_on, enrolled_at, updated_by from absolute_absence where id = ?", id))
                .containsEntry("status", "ENROLLED").containsEntry("status_on", java.sql.Date.valueOf(today))
                .containsEntry("enrolled_at", "VSO De Brug").containsEntry("updated_by", LEERPLICHT);
        assertThat(registry.inRegion(regionOf(LEERPLICHT))).filteredOn(f -> f.id() == id)
                .singleElement().extracting(AbsoluteAbsenceFact::status).isEqualTo("ENROLLED");
    }

    @Test
    void only_the_officer_the_task_is_for_may_follow_it_up() {
        LocalDate today = LocalDate.now(clock);
        long id = register("Cas", "Elders", today.minusYears(8), today.minusWeeks(1));
        Task task = awaitTask(id);
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> followUps.followUp(task.id(),
                AbsenceStatus.ENROLLED, today, "School", null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(state(task.id())).isEqualTo("OPEN");
    }

    long register(String first, String last, LocalDate birthDate, LocalDate since) {
        return AsUser.call(LEERPLICHT, "LEERPLICHT", () -> service.register(
                new Registration(first, last, birthDate, null, since, "Huisbezoek gepland; zoeken naar een school.")));
    }

    long regionOf(String username) {
        return jdbc.queryForObject("select region_id from staff_account where username = ?", Long.class, username);
    }

    record Task(long id, String assignee, Instant dueAt) {
    }

    Task awaitTask(long id) {
        return Eventually.get(() -> openTask(id), Routes.WAIT, "follow-up of absolute absence " + id);
    }

    Optional<Task> openTask(long id) {
        return jdbc.query("""
                select id, assignee, due_at from task where absolute_absence_id = ? and element_id = ? and state = 'OPEN'
                order by id""", (rs, i) -> new Task(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                id, AbsoluteAbsenceProcess.FOLLOW_UP).stream().findFirst();
    }

    String state(long taskId) {
        return jdbc.queryForObject("select state from task where id = ?", String.class, taskId);
    }

    InspectedProcessInstance route(long id) {
        Long key = Eventually.get(() -> Optional.ofNullable(jdbc.queryForObject(
                "select instance_key from workflow_instance where route_key = ?", Long.class,
                AbsoluteAbsenceProcess.routeKey(id))), Routes.WAIT, "instance key");
        return new InspectedProcessInstance(key);
    }
}
