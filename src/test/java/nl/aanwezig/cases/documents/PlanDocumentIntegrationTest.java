package nl.aanwezig.cases.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.review.MeetingFixtures;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The plan as PDF: goals per domain and interventions in plain Dutch, never a medical note; access as on screen. */
@IntegrationTest
class PlanDocumentIntegrationTest {

    static final String MEDICAL = "Slaapstoornis, verwezen naar kinderarts";

    @Autowired PlanDocument document;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_plan_pdf_has_the_goals_per_domain_and_the_interventions_and_no_medical_note() throws IOException {
        Pupil pupil = data.pupil(schools.findByBrin("T10VO").orElseThrow(), "hd-plan-pdf", "2C", "t-mentor-co");
        planWithGoals(pupil);

        String text = text(AsUser.call("t-oc-co", "OC", () -> pdf(pupil.id())));

        assertThat(text).contains("Plan patronen doorbreken van " + pupil.fullName(), "Casusoverlegschool VO",
                "Thuis", "Ochtendritueel met vaste wektijd", "Onderwijs", "Elke dag het eerste uur aanwezig", "95%",
                "Wekelijks kort gesprek met mentor", "Mira Mentor", "Volgende evaluatie",
                "Nog geen instemming van het gezin vastgelegd.");
        assertThat(text).doesNotContain(MEDICAL, "Slaapstoornis");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = 't-oc-co' and action = ? "
                + "and pupil_id = ? and allowed", Integer.class, PlanDocument.MADE, pupil.id())).isOne();
    }

    @Test
    void another_schools_oc_and_leerplicht_not_on_the_case_are_refused_the_plan_pdf() {
        Pupil pupil = data.pupil(schools.findByBrin("T10VO").orElseThrow(), "hd-plan-refused", "2C", "t-mentor-co");
        planWithGoals(pupil);

        assertThatThrownBy(() -> AsUser.call("t-oc2", "OC", () -> pdf(pupil.id())))
                .isInstanceOf(AccessDeniedException.class).hasMessage("no access to pupil " + pupil.id());
        assertThatThrownBy(() -> AsUser.call("t-leerplicht", "LEERPLICHT", () -> pdf(pupil.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where pupil_id = ? and action = 'PLAN_READ' "
                + "and not allowed", Integer.class, pupil.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where pupil_id = ? and action = ?",
                Integer.class, pupil.id(), PlanDocument.MADE)).isZero();
    }

    private void planWithGoals(Pupil pupil) {
        long caseId = fixtures.openCase(pupil, CaseStage.ORANGE_PLAN, null);
        LocalDate today = LocalDate.now(TimeConfig.SCHOOL_ZONE);
        fixtures.plan(caseId, pupil.schoolId(), Instant.parse("2026-10-01T08:00:00Z"), today.plusWeeks(2));
        long planId = jdbc.queryForObject("select id from support_plan where case_id = ?", Long.class, caseId);
        jdbc.update("""
                insert into plan_goal (plan_id, domain, description, measure, target_pct, position) values
                (?, 'HOME', 'Ochtendritueel met vaste wektijd', 'Ouders melden wektijd', null, 0),
                (?, 'EDUCATION', 'Elke dag het eerste uur aanwezig', 'Registratie eerste uur', 95, 1)""", planId, planId);
        jdbc.update("""
                insert into plan_intervention (plan_id, description, owner, owner_username, starts_on, duration_weeks, position)
                values (?, 'Wekelijks kort gesprek met mentor', 'Mira Mentor', 't-mentor-co', ?, 6, 0)""",
                planId, Date.valueOf(today));
        jdbc.update("insert into medical_note (case_id, pupil_id, author, written_at, text) values (?, ?, 't-jeugdarts', now(), ?)",
                caseId, pupil.id(), MEDICAL);
    }

    private byte[] pdf(long pupilId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.pdf(pupilId, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
