package nl.aanwezig.legal.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** A school of its own (20EX): two unexplained lessons in October 2025, one sick lesson in November. */
@IntegrationTest
class AbsenceExportIntegrationTest {

    static final String OC = "t-oc-export";

    @Autowired TestData data;
    @Autowired RegistrationStore registrations;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired WebApplicationContext context;
    MockMvc mvc;
    School school;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        school = data.school("20EX", Sector.VO);
        data.account(OC, Role.OC, school);
        Pupil pupil = data.pupil(school, "ex-1", "3E", "t-mentor");
        data.voDay(pupil, LocalDate.of(2025, 10, 6), 2);
        registrations.insert(List.of(new RegistrationRecord(pupil.id(), LocalDate.of(2025, 11, 3), LocalTime.of(8, 30),
                LocalTime.of(9, 20), "afwezig", "ziek", 0)));
        tx.executeWithoutResult(s -> events.publishEvent(new RegistrationsImported(Set.of(school.id()),
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 30))));
    }

    long stored(String column, LocalDate month) {
        return jdbc.queryForObject("select coalesce(sum(" + column + "), 0) from attendance_month where school_id = ? "
                + "and month_start = ?", Long.class, school.id(), month);
    }

    String line(String csv, String month, String category) {
        return Arrays.stream(csv.split("\n")).filter(l -> l.startsWith("20EX;" + month + ";" + category + ";"))
                .findFirst().orElseThrow();
    }

    @Test
    void the_csv_numbers_equal_the_stored_month_figures_and_the_reasons_of_the_registrations() throws Exception {
        String csv = mvc.perform(get("/api/v1/schools/20EX/absence-export?year=2025&format=csv")
                        .with(httpBasic(OC, TestData.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long october = stored("unauthorised_absent_min", LocalDate.of(2025, 10, 1));
        long november = stored("authorised_absent_min", LocalDate.of(2025, 11, 1));
        assertThat(october).isEqualTo(100);
        assertThat(november).isEqualTo(50);
        assertThat(line(csv, "2025-10", "ongeoorloofd")).isEqualTo("20EX;2025-10;ongeoorloofd;" + october + ";1,7");
        assertThat(line(csv, "2025-11", "geoorloofd")).isEqualTo("20EX;2025-11;geoorloofd;" + november + ";0,8");
        assertThat(line(csv, "2025-10", "onbekend")).isEqualTo("20EX;2025-10;onbekend;100;1,7");
        assertThat(line(csv, "2025-11", "ziek")).isEqualTo("20EX;2025-11;ziek;50;0,8");
        assertThat(line(csv, "2026-07", "ongeoorloofd")).isEqualTo("20EX;2026-07;ongeoorloofd;0;0,0");
        assertThat(csv.split("\n")).hasSize(1 + 12 * 10);
    }

    @Test
    void the_xlsx_holds_the_same_rows_and_another_schools_oc_is_refused() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/schools/20EX/absence-export?year=2025&format=xlsx")
                        .with(httpBasic(OC, TestData.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(1 + 12 * 10);
            var october = rows.stream().filter(r -> "2025-10".equals(r.getCellText(1))
                    && "ongeoorloofd".equals(r.getCellText(2))).findFirst().orElseThrow();
            assertThat(october.getCellAsNumber(3).orElseThrow().longValue()).isEqualTo(100);
        }
        mvc.perform(get("/api/v1/schools/20EX/absence-export?year=2025&format=csv")
                .with(httpBasic("t-oc2", TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schools/20EX/absence-export?year=2025&format=pdf")
                .with(httpBasic(OC, TestData.PASSWORD))).andExpect(status().isBadRequest());
    }
}
