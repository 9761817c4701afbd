package nl.aanwezig.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.aanwezig.chainreview.ChainReviewSeed;
import nl.aanwezig.chainreview.Preparation;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.Chromium;
import nl.aanwezig.support.SecurityStrategyListener;
import nl.aanwezig.support.TestClock;
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
 * A chain review held in a real headless Chromium: the SWV chair records the meeting (date, ground, purpose, an
 * attendee), answers the two questions for the pupil on the list and closes the review, after which it is read-only.
 * Screenshots go to target/screenshots. Skipped without Debian's chromium and chromium-driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ChainReviewBrowserTest {

    @LocalServerPort int port;
    @Autowired ChainReviewSeed seed;
    @Autowired Preparation preparation;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open("1400,2400");
        wait = Chromium.waitFor(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_chair_records_the_meeting_answers_the_questions_and_closes_the_review() throws Exception {
        Pupil pupil = seed.pupil("K1VO", "e2e-keten");
        seed.openCase(pupil, "ORANGE_PLAN", LocalDate.now(clock).minusWeeks(10));
        long region = seed.region("Testregio keten");
        long review = preparation.prepare(region, "2097-Q1", "k-swv");
        jdbc.update("delete from chain_review_item where review_id = ? and case_id is distinct from "
                + "(select id from pupil_case where pupil_id = ? and status = 'OPEN')", review, pupil.id());

        Chromium.login(browser, wait, url(""), "k-swv", "test");
        browser.get(url("/ketenoverleg/" + review));
        WebElement date = input("vaadin-date-picker", "Datum van het overleg");
        date.sendKeys(LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d-M-yyyy")), Keys.ENTER, Keys.TAB);
        click(By.xpath("//vaadin-select[.//label[normalize-space(.)='Grondslag']]"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Taak uit het privacyconvenant (wettelijke taak)']"));
        area("Doel van het bespreken").sendKeys("De tier-3-leerlingen van de regio bespreken", Keys.TAB);
        click(By.xpath("//vaadin-button[normalize-space(.)='Deelnemer toevoegen']"));
        input("vaadin-text-field", "Naam").sendKeys("Kim", Keys.TAB);
        input("vaadin-text-field", "Organisatie").sendKeys("SWV", Keys.TAB);
        click(By.xpath("//vaadin-button[normalize-space(.)='Overleg opslaan']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Het overleg is opgeslagen."));

        click(By.xpath("//vaadin-details-summary[normalize-space(.)='Details']"));
        area("Doen we de goede dingen?").sendKeys("Ja, het plan loopt.", Keys.TAB);
        area("Zijn de juiste personen aan zet?").sendKeys("Ja, de regievoerder.", Keys.TAB);
        screenshot("chain-review-meeting.png");
        click(By.xpath("//vaadin-button[normalize-space(.)='Antwoorden opslaan']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "De antwoorden zijn opgeslagen."));

        click(By.xpath("//vaadin-button[normalize-space(.)='Ketenoverleg sluiten']"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Sluiten']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Dit ketenoverleg is gesloten"));
        screenshot("chain-review-closed.png");
        assertThat(jdbc.queryForObject("select state from chain_review where id = ?", String.class, review))
                .isEqualTo("CLOSED");
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Overleg opslaan']")))
                .as("read-only once closed").isEmpty();
    }

    private WebElement input(String tag, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("(//" + tag + "[.//label[normalize-space(.)='" + label + "']]//input)[last()]")));
    }

    private WebElement area(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("(//vaadin-text-area[.//label[normalize-space(.)=\"" + label + "\"]]//textarea)[1]")));
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
