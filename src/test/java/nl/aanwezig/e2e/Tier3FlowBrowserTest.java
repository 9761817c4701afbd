package nl.aanwezig.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Chromium;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.SecurityStrategyListener;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.Tier3Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * OC -> plan -> evaluation in a real headless Chromium, on the test fixture (its own database): the route is driven
 * to the draw-plan step by the services, then the OC opens "Mijn taken", draws the plan, the clock moves past the
 * evaluation date, the OC evaluates, and the pupil page shows the evaluation. Screenshots go to target/screenshots.
 * Skipped without Debian's chromium and chromium-driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class Tier3FlowBrowserTest {

    @LocalServerPort int port;
    @Autowired Tier3Steps steps;
    @Autowired Routes routes;
    @Autowired TestData data;
    @Autowired SatService sat;
    @Autowired RegievoerderService regie;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open("1400,2000");
        wait = Chromium.waitFor(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    @Test
    void the_oc_draws_the_plan_evaluates_it_after_the_interval_and_the_pupil_page_shows_the_evaluation() throws Exception {
        Routes.Started c = toDrawPlan("e2e-t3");
        aggregate(c.pupil());
        login("t-oc");
        openTask("Plan 'patronen doorbreken' opstellen", "/plan-opstellen/");
        type(field("vaadin-text-field", "Doel (concreet)"), "Elke ochtend het eerste uur aanwezig");
        type(field("vaadin-text-field", "Gemeten aan"), "Aanwezigheid eerste uur per week");
        type(field("vaadin-big-decimal-field", "Streefaanwezigheid"), "90");
        type(field("vaadin-text-field", "Interventie"), "Wekelijks gesprek met de mentor");
        type(field("vaadin-text-field", "Eigenaar"), "Mentor");
        type(area("Wat de leerling wil"), "Rustig beginnen, eerst de kernvakken");
        type(area("Wat de ouders willen"), "Hulp bij de ochtend");
        screenshot("tier3-plan.png");
        save();
        CaseTask draw = routes.openTasks(c.caseId(), Tier3Process.DRAW_PLAN).stream().findFirst().orElse(null);
        assertThat(draw).as("the plan task is done").isNull();

        steps.advance(Duration.ofDays(43));
        data.voDay(c.pupil(), routes.schoolDay(), 0);
        aggregate(c.pupil());
        routes.openTask(c.caseId(), Tier3Process.EVALUATE_PLAN);
        openTask("Plan 'patronen doorbreken' evalueren", "/plan-evaluatie/");
        click(By.xpath("//vaadin-radio-button[.//label[normalize-space(.)='Deels behaald']]"));
        type(area("Toelichting bij dit doel"), "Gaat beter, nog niet elke dag.");
        type(area("Toelichting bij de evaluatie"), "Besproken met leerling en ouders: we gaan door.");
        click(By.xpath("//vaadin-radio-button[.//label[normalize-space(.)='doorgaan, volgende evaluatie gepland']]"));
        screenshot("tier3-evaluation.png");
        save();

        browser.get(url("/leerling/" + c.pupil().id()));
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tier3-panel")));
        wait.until(ExpectedConditions.textToBePresentInElement(panel, "Besproken met leerling en ouders: we gaan door."));
        assertThat(panel.getText()).contains("Evaluaties", "Deels behaald", "Elke ochtend het eerste uur aanwezig");
        Files.write(shot("tier3-pupil-panel.png"), panel.getScreenshotAs(OutputType.BYTES));

        browser.get(url("/casussen"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), c.pupil().fullName()));
        screenshot("tier3-cases-by-stage.png");
    }

    private void save() {
        click(By.xpath("//vaadin-button[normalize-space(.)='Opslaan']"));
        wait.until(ExpectedConditions.urlContains("/taken"));
    }

    private Routes.Started toDrawPlan(String leerling) {
        Routes.Started c = steps.referToSat(leerling);
        Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId())).advised();
        AsUser.run("t-oc", "OC", () -> sat.analyse(c.taskId(), Tier3Steps.analysis(Sat.ORANGE,
                advised == Sat.ORANGE ? null : "Patroon van weken, niet afwachten.", null)));
        CaseTask appoint = routes.openTask(c.caseId(), Tier3Process.APPOINT_REGIEVOERDER);
        AsUser.run("t-oc", "OC", () -> regie.appoint(appoint.id(), "t-oc"));
        routes.openTask(c.caseId(), Tier3Process.DRAW_PLAN);
        return c;
    }

    /** The pupil's day figures from their registrations (see Tier3OcViewsTest#aggregate). */
    private void aggregate(Pupil pupil) {
        jdbc.update("""
                insert into attendance_day (pupil_id, lesson_date, school_id, scheduled_min, present_min,
                    authorised_absent_min, unauthorised_absent_min, late_count, late_min, sick)
                select r.pupil_id, r.lesson_date, ?, sum(m), coalesce(sum(m) filter (where r.status = 'aanwezig'), 0),
                       0, coalesce(sum(m) filter (where r.status = 'afwezig'), 0), 0, 0, false
                from (select *, (date_part('epoch', end_time - start_time)::int / 60) as m from registration) r
                where r.pupil_id = ? group by r.pupil_id, r.lesson_date
                on conflict do nothing""", pupil.schoolId(), pupil.id());
    }

    private void openTask(String title, String path) {
        browser.get(url("/taken"));
        click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + title + "\"]"));
        wait.until(ExpectedConditions.urlContains(path));
    }

    private WebElement field(String tag, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("(//" + tag + "[.//label[normalize-space(.)='" + label + "']]//input)[1]")));
    }

    private WebElement area(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("(//vaadin-text-area[.//label[normalize-space(.)=\"" + label + "\"]]//textarea)[1]")));
    }

    private static void type(WebElement input, String text) {
        input.sendKeys(text, Keys.TAB);
    }

    private void login(String user) {
        Chromium.login(browser, wait, "http://localhost:" + port, user, "test");
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws Exception {
        Files.write(shot(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static Path shot(String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        return out;
    }
}
