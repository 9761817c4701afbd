package nl.aanwezig.e2e;

import static org.assertj.core.api.Assertions.assertThat;


import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * A school set up through the screens in a real headless Chromium: the admin creates a school with a class and an
 * OC for it, then that OC logs in and imports the school's pupils on the Importeren screen. Skipped where Debian's
 * chromium and chromium-driver are not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "aanwezig.db.data-dir=${java.io.tmpdir}/aanwezig-e2e-${random.uuid}", "aanwezig.db.port=0",
    "aanwezig.engine.port=0", "aanwezig.demo-data=true"})
class AdminSetupBrowserTest {

    static final String BRIN = "93AB";
    static final String OC_PASSWORD = "een lang e2e-wachtwoord";

    @LocalServerPort int port;
    @Autowired Schools schools;
    @Autowired Pupils pupils;
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
    void an_admin_creates_a_school_and_its_oc_who_then_imports_the_pupils() throws Exception {
        login("admin", "demo");
        createSchool();
        createOc();
        screenshot("admin-account.png");

        browser.manage().deleteAllCookies();
        login("e2e-oc", OC_PASSWORD);
        browser.get(url("/import"));
        click(By.xpath("//vaadin-radio-button[.//label[normalize-space(.)='Leerlingen']]"));
        Path file = Files.createTempFile("e2e-pupils", ".csv");
        Files.writeString(file, "school;leerling;voornaam;achternaam;geboortedatum;sector;klas;mentor;startkwalificatie\n"
                + BRIN + ";7001;Ilse;Eerst;2012-03-04;VO;1A;;nee\n"
                + BRIN + ";7002;Ivo;Tweede;2012-05-06;VO;1A;;nee\n");
        fileInput().sendKeys(file.toAbsolutePath().toString());
        // every kind is previewed first (issue #21): the OC sees the rows, then imports them
        var importNow = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Importeren']")));
        // below the preview's rows: scrolled into the view (the app layout scrolls inside), then clicked
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", importNow);
        wait.until(ExpectedConditions.elementToBeClickable(importNow)).click();
        notification("Import klaar: 2 toegevoegd of bijgewerkt, 0 ongewijzigd, 0 afgekeurd.");
        screenshot("oc-import-new-school.png");

        long schoolId = schools.findByBrin(BRIN).orElseThrow().id();
        assertThat(pupils.findBySchoolIdOrderByLastName(schoolId)).extracting(p -> p.leerling()).containsExactly("7001", "7002");
    }

    private void createSchool() {
        browser.get(url("/beheer/school/nieuw"));
        type("school-brin", BRIN);
        type("school-name", "E2E College");
        click(By.xpath("//vaadin-radio-button[.//label[contains(., 'VO (voortgezet')]]"));
        type("school-region", "Regio Voorbeeld" + Keys.ENTER); // a region of the demo data: regions are made before schools
        click(By.id("school-save"));
        wait.until(ExpectedConditions.urlContains("/beheer/school/" + BRIN));
        type("class-name", "1A");
        click(By.id("class-add"));
        notification("Klas 1A is toegevoegd.");
    }

    private void createOc() {
        browser.get(url("/beheer/account/nieuw"));
        type("account-username", "e2e-oc");
        type("account-name", "Eva E2E (OC)");
        click(By.xpath("//vaadin-radio-button[.//label[contains(., 'ondersteuningsco')]]"));
        type("account-school", BRIN);
        click(By.xpath("//vaadin-combo-box-item[contains(., '" + BRIN + "')]"));
        type("account-password", OC_PASSWORD);
        click(By.id("account-save"));
        notification("Account e2e-oc is aangemaakt.");
    }

    private void type(String id, CharSequence text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(text);
    }

    private void notification(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), \"" + text + "\")]")));
    }

    /** The upload's file input: in the shadow root of vaadin-upload, or its light DOM. */
    private WebElement fileInput() {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-upload")));
        return (WebElement) ((JavascriptExecutor) browser).executeScript(
                "const u = arguments[0]; return (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'))"
                        + " || u.querySelector('input[type=file]');", upload);
    }

    private void login(String user, String password) {
        Chromium.login(browser, wait, "http://localhost:" + port, user, password);
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
