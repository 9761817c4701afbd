package nl.aanwezig.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.support.Chromium;
import nl.aanwezig.support.Eventually;
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

/**
 * The mentor's flow in a real headless Chromium against the running app with its demo data: log in,
 * open "Vandaag", log the conversation and refer; then the OC logs in and finds the task. Skipped where
 * Debian's chromium and chromium-driver are not installed (.ci/run installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "aanwezig.db.data-dir=${java.io.tmpdir}/aanwezig-e2e-${random.uuid}", "aanwezig.db.port=0",
    "aanwezig.engine.port=0", "aanwezig.demo-data=true"})
class MentorFlowBrowserTest {


    @LocalServerPort int port;
    @Autowired CaseTasks tasks;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open("1280,1000");
        wait = Chromium.waitFor(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_mentor_logs_a_conversation_and_refers_and_the_oc_finds_the_task() throws Exception {
        Eventually.until(() -> tasks.count() >= 4, Duration.ofSeconds(30), "demo routes started");
        login("mentor");
        wait.until(ExpectedConditions.urlContains("/vandaag"));
        WebElement log = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[id^='log-']")));
        screenshot("mentor-vandaag.png");
        log.click();

        wait.until(ExpectedConditions.urlContains("/gesprek/"));
        click(By.xpath("//vaadin-checkbox[.//label[normalize-space(.)='Leerling']]"));
        click(By.xpath("//vaadin-checkbox[.//label[contains(.,'Slaap en dagritme')]]"));
        browser.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("Weer om half elf naar bed.");
        click(By.xpath("//vaadin-radio-button[.//label[contains(.,'Doorverwijzen')]]"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Opslaan']"));
        wait.until(ExpectedConditions.urlContains("/vandaag"));

        CaseTask intake = Eventually.get(() -> tasks.findAll().stream()
                .filter(t -> t.isOpen() && "oc-intake".equals(t.elementId())).findFirst(), Duration.ofSeconds(15), "OC intake");
        browser.manage().deleteAllCookies();
        login("oc");
        browser.get(url("/taken"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Verwijzing van de mentor oppakken"));
        assertThat(intake.candidateGroup()).isEqualTo("oc");
        screenshot("oc-taken.png");
    }

    private void login(String user) {
        Chromium.login(browser, wait, "http://localhost:" + port, user, "demo");
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
