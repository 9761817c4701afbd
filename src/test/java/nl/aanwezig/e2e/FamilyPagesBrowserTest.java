package nl.aanwezig.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.aanwezig.cases.family.FamilyConsents;
import nl.aanwezig.cases.family.FamilyKind;
import nl.aanwezig.cases.family.FamilyRequests;
import nl.aanwezig.cases.family.FamilyTestSupport;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Chromium;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.SecurityStrategyListener;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
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
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The family pages (#20) on a phone-sized Chromium, as a parent with parental authority: the child page, a view given
 * for the route's request, agreeing to the plan with the keyboard only, consent withdrawn for one partner after the
 * confirmation, and the access log; the invitation page as a stranger; axe-core finds no WCAG 2.1 A/AA violation on any
 * of them. With {@code -Dscreenshots=true} the pages are saved to docs/screenshots/gezin-*.png for the README.
 * Skipped without Debian's chromium and chromium-driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class FamilyPagesBrowserTest {

    static final String PHONE = "390,844";
    static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(function (r) { done(r.violations.map(function (v) {
                  return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); })
                      .join(' | '); })); })
              .catch(function (e) { done(['axe failed: ' + e]); });""";

    @LocalServerPort int port;
    @Autowired FamilyTestSupport family;
    @Autowired FamilyRequests requests;
    @Autowired FamilyConsents consents;
    @Autowired Tier3Steps steps;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.open(PHONE);
        wait = Chromium.waitFor(browser);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    @Test
    void a_parent_reads_the_plan_gives_a_view_agrees_by_keyboard_withdraws_consent_and_sees_the_access_log()
            throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Routes.Started c = family.orangePlan("fu-e2e-" + tag);
        long pupil = c.pupil().id();
        name(pupil, "Sem");
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Sanne Jansen", true, "fu-ouder-" + tag);
        requests.ask(c.caseId(), FamilyRequests.Kind.VIEW, FamilyRequests.Occasion.EVALUATION,
                steps.today().plusWeeks(2), "fu-e2e-view-" + tag);
        AsUser.run(parent, "OUDER", () -> consents.set(pupil, ParticipantRole.JEUGDARTS, true));

        Chromium.login(browser, wait, url(""), parent, FamilyTestSupport.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/gezin/" + pupil));
        String page = text();
        assertThat(page).contains("Hoe het gaat met Sem", "Het plan", "Wie doet wat",
                "regievoerder is de persoon die het plan coördineert", "lessen aanwezig", "Ik ga akkoord");
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("vaadin-app-layout"))).as("no staff menu").isEmpty();
        noViolations("child page");
        screenshot("gezin-kind.png");

        // the route's request for a view
        click(By.partialLinkText("Vertel hoe het gaat: Voor de evaluatie"));
        wait.until(ExpectedConditions.urlContains("/stem"));
        waitIdle();
        noViolations("view form");
        type(By.cssSelector("#goed textarea"), "Hij gaat weer op tijd de deur uit.");
        type(By.cssSelector("#moeilijk textarea"), "De maandagochtend.");
        screenshot("gezin-stem.png");
        click(By.id("verstuur"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Dank je wel"));
        noViolations("thank-you");
        assertThat(jdbc.queryForObject("select count(*) from family_view where case_id = ? and request_id is not null",
                Integer.class, c.caseId())).isEqualTo(1);
        click(By.className("family-back"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Wat jullie eerder vertelden"));

        // agreeing with the keyboard only: Tab to the button, Enter
        tabTo("akkoord");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Sanne Jansen (Ouder/verzorger): akkoord op"));
        assertThat(jdbc.queryForObject("select count(*) from plan_agreement where case_id = ? and agreed",
                Integer.class, c.caseId())).isEqualTo(1);
        noViolations("child page after agreeing");

        // sharing: withdraw the jeugdarts after confirming
        browser.get(url("/gezin/" + pupil + "/delen"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "altijd meekijken (Leerplichtwet)"));
        waitIdle();
        noViolations("sharing");
        screenshot("gezin-delen.png");
        click(By.id("intrekken-jeugdarts"));
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[slot='confirm-button']")));
        // the dialog fades in: colours are checked once it is fully there
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('[opening]') === null")));
        noViolations("confirm dialog");
        confirm.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("geven-jeugdarts")));
        assertThat(jdbc.queryForList("select scope from sharing_consent where case_id = ? and withdrawn_on is null",
                String.class, c.caseId()).toString()).doesNotContain("JEUGDARTS");

        // who opened the dossier
        browser.get(url("/gezin/" + pupil + "/inzage"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Ondersteuningscoördinator"));
        waitIdle();
        noViolations("access log");
        screenshot("gezin-inzage.png");
    }

    @Test
    void the_invitation_page_shows_every_password_problem_at_once_and_then_sends_to_the_login() throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Routes.Started c = family.orangePlan("fu-inv-" + tag);
        name(c.pupil().id(), "Mila");
        String token = FamilyTestSupport.token(family.invite(c.caseId(), FamilyKind.PARENT, "Ali Jansen", false));

        browser.get(url("/uitnodiging/niet-een-echte-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Deze link werkt niet"));
        waitIdle();
        noViolations("invalid invitation");

        browser.get(url("/uitnodiging/" + token));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Hallo Ali Jansen"));
        waitIdle();
        noViolations("invitation");
        type(By.cssSelector("#inlognaam input"), "fu-ali-" + tag);
        type(By.cssSelector("#wachtwoord input"), "kort");
        type(By.cssSelector("#herhaal input"), "anders");
        click(By.id("maak-account"));
        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("family-error")));
        assertThat(problems.findElements(By.tagName("li"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(problems.getText()).contains("niet gelijk");
        noViolations("invitation with problems");
        screenshot("gezin-uitnodiging.png");

        clear(By.cssSelector("#wachtwoord input"));
        clear(By.cssSelector("#herhaal input"));
        type(By.cssSelector("#wachtwoord input"), FamilyTestSupport.PASSWORD);
        type(By.cssSelector("#herhaal input"), FamilyTestSupport.PASSWORD);
        click(By.id("maak-account"));
        wait.until(ExpectedConditions.urlContains("/login?klaar"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Je account is klaar, log in."));
        Chromium.login(browser, wait, url(""), "fu-ali-" + tag, FamilyTestSupport.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/gezin/" + c.pupil().id()));
        // without parental authority: informed and heard, no agreement buttons
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Alleen een ouder met gezag"));
        assertThat(browser.findElements(By.id("akkoord"))).isEmpty();
    }

    @Test
    void a_pupil_of_sixteen_chooses_what_the_parents_see_and_the_parent_reads_a_kind_sentence_instead()
            throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Routes.Started c = family.orangePlan("fu-16-" + tag);
        long pupil = c.pupil().id();
        name(pupil, "Noor");
        family.age(pupil, 16, steps.today());
        String child = family.join(c.caseId(), FamilyKind.PUPIL, "Noor", false, "fu-noor-" + tag);
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Kim Jansen", true, "fu-kim-" + tag);

        Chromium.login(browser, wait, url(""), child, FamilyTestSupport.PASSWORD);
        browser.get(url("/gezin/" + pupil + "/wat-ouders-zien"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Mijn ouders mogen zien"));
        waitIdle();
        noViolations("what parents see");
        click(By.xpath("//vaadin-checkbox//label[starts-with(normalize-space(.), 'Het plan')]"));
        click(By.id("bewaar"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Opgeslagen"));
        browser.get(url("/logout"));
        browser.manage().deleteAllCookies();

        Chromium.login(browser, wait, url(""), parent, FamilyTestSupport.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/gezin/" + pupil));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "heeft gekozen dit deel niet met je te delen"));
        assertThat(text()).contains("lessen aanwezig").doesNotContain("Wie doet wat");
        noViolations("child page with a part kept");
    }

    /** A first name as a family reads it (the route's test pupils are named after their leerling number). */
    private void name(long pupil, String firstName) {
        jdbc.update("update pupil set first_name = ? where id = ?", firstName, pupil);
    }

    private void noViolations(String where) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript(AXE_RUN);
        assertThat(violations).as("WCAG 2.1 AA violations on the " + where + " (" + browser.getCurrentUrl() + ")")
                .isEmpty();
        assertThat(js.executeScript("return document.documentElement.lang")).isEqualTo("nl");
    }

    private static String axeSource() {
        try (InputStream in = FamilyPagesBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Presses Tab from the top of the page until the element with this id has the focus. */
    private void tabTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.activeElement && document.activeElement.blur();"
                + "window.scrollTo(0, 0);");
        for (int i = 0; i < 80; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            if (id.equals(browser.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("#" + id + " is not reachable with Tab");
    }

    private void waitIdle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.values(window.Vaadin.Flow.clients).every(function (c) { return !c.isActive(); }));""")));
    }

    private String text() {
        waitIdle();
        return browser.findElement(By.tagName("body")).getText();
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void type(By by, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.sendKeys(text, Keys.TAB);
    }

    private void clear(By by) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(by));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        if (!Boolean.getBoolean("screenshots")) {
            return;
        }
        waitIdle();
        Path out = Path.of("docs", "screenshots", name);
        Files.createDirectories(out.getParent());
        Files.write(out, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
