package nl.aanwezig.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.aanwezig.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;



import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The refusal pages in a real Chromium, with the Content-Security-Policy in force: Vaadin still renders
 * (the login works, the pages show) and the browser reports no CSP violation. Skipped without Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "aanwezig.db.data-dir=${java.io.tmpdir}/aanwezig-e2e-${random.uuid}", "aanwezig.db.port=0",
    "aanwezig.engine.port=0", "aanwezig.demo-data=true"})
class RefusalPagesBrowserTest {

    @LocalServerPort int port;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open("1280,800", options -> options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")));
        wait = Chromium.waitFor(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_mentor_sees_dutch_pages_for_a_refused_screen_and_for_unknown_and_malformed_addresses() throws Exception {
        login("mentor");
        showsPage("/dossiers", "Geen toegang", "refusal-geen-toegang.png");
        showsPage("/leerling/abc", "Pagina niet gevonden", "refusal-niet-gevonden.png");
        showsPage("/bestaat/niet", "Pagina niet gevonden", null);
        assertNoCspViolations();
    }

    @Test
    void the_admin_at_a_pupil_page_sees_the_dutch_not_allowed_page() throws Exception {
        login("admin");
        showsPage("/leerling/1", "Geen toegang", null);
        assertNoCspViolations();
    }

    private void showsPage(String path, String title, String screenshot) throws Exception {
        browser.get("http://localhost:" + port + path);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), title));
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).doesNotContain("Available routes", "Could not navigate", "HTTP ERROR");
        if (screenshot != null) {
            Path out = Path.of("target", "screenshots", screenshot);
            Files.createDirectories(out.getParent());
            Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }

    private void login(String user) {
        Chromium.login(browser, wait, "http://localhost:" + port, user, "demo");
    }

    private void assertNoCspViolations() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        assertThat(violations).isEmpty();
    }
}
