package se.inkopsstod.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.Axe;
import se.inkopsstod.testing.BrowserExtension;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TestClock;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.openTenders;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * A phone's width, 390 × 844: the evaluation tab of an awarded procurement and Insikter fit the
 * screen (nothing pushes the page sideways), the award decision is read in full, and axe finds
 * nothing serious on either.
 */
@InkopsstodIntegrationTest
class LayoutAt390E2E {

    /** The elements that reach past the right edge of the window, the deepest first: what to fix when the page is too wide. */
    private static final String OVERFLOWING = """
            const width = window.innerWidth;
            return [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > width + 0.5)
              .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 0.5))
              .slice(0, 10)
              .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                + (e.dataset.testid ? '[data-testid=' + e.dataset.testid + ']' : '') + ' right=' + Math.round(e.getBoundingClientRect().right))
              .join('\\n');""";

    @RegisterExtension
    final BrowserExtension chromium = new BrowserExtension();

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void theEvaluationTabAndInsikterFitAPhone() {
        ApiSession buyerApi = ApiSession.login("alvstad-buyer1");
        ApiSession teacherApi = ApiSession.login("alvstad-user2");
        ApiSession vendorApi = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyerApi, teacherApi);
        String base = "/api/procurements/" + procurement;
        assertThat(buyerApi.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyerApi.post(base + "/requirements", """
                {"text":"Elevernas och vårdnadshavarnas uppgifter lagras och behandlas inom EU/EES, även i säkerhetskopior.",
                 "kind":"MANDATORY","category":"SECURITY_AND_PRIVACY"}""").body()).get("id").asString();
        inviteEveryVendorAndPublish(buyerApi, base, 20);
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(vendorApi.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS","explanation":"Drift i Stockholm och Göteborg."}],
                 "priceSek":1234500}""".formatted(requirement)).statusCode()).isEqualTo(200);
        assertThat(vendorApi.post(tender + "/submit", "").statusCode()).isEqualTo(200);
        TestClock.advance(Duration.ofDays(21));
        openTenders(buyerApi, base, teacherApi);
        String vendor = buyerApi.json(base + "/evaluation").get("rows").get(0).get("vendorOrganisationId").asString();
        String reasoning = "Det enda anbudet uppfyller samtliga ska-krav, och utvärderingspriset ligger inom budgeten för "
                + "läsåret; upphandlingsdokumentationen-med-sammanställningen-av-anbuden visar underlaget.";
        assertThat(buyerApi.post(base + "/evaluation/award", """
                {"vendorOrganisationId":"%s","reasoning":"%s"}""".formatted(vendor, reasoning)).statusCode()).isEqualTo(200);

        ChromeDriver browser = chromium.driver();
        browser.manage().window().setSize(new Dimension(390, 844));
        logIn(browser, "alvstad-buyer1", "/upphandlingar/" + procurement + "?flik=anbud");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement award = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=award]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=evaluation-matrix]")));
        assertThat(((Number) browser.executeScript("return window.innerWidth;")).intValue()).isLessThanOrEqualTo(390);
        assertFitsTheWindow(browser, "the evaluation tab");
        assertThat(award.getText()).contains(reasoning);
        assertThat((Boolean) browser.executeScript("""
                const e = arguments[0], box = e.getBoundingClientRect();
                return e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight && box.left >= 0 && box.right <= window.innerWidth;""",
                award)).as("the award decision is shown whole, not clipped").isTrue();
        Axe.check(browser, "the evaluation tab at 390 px");

        browser.findElement(By.cssSelector("[data-testid=logout]")).click();
        wait.until(ExpectedConditions.urlContains(DevStackInitializer.issuer()));
        logIn(browser, "staff", "/insikter");
        WebElement dashboard = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=benchmark-dashboard]")));
        wait.until(d -> !dashboard.findElements(By.cssSelector("[data-testid=shares-chart], .empty-state")).isEmpty());
        assertFitsTheWindow(browser, "Insikter");
        for (WebElement template : browser.findElements(By.cssSelector("[data-testid=library-table] tbody th"))) {
            wait.until(d -> !template.getText().matches("[a-z0-9]+(-[a-z0-9]+)+"));
        }
        Axe.check(browser, "Insikter at 390 px");
    }

    private static void assertFitsTheWindow(ChromeDriver browser, String page) {
        long scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long innerWidth = ((Number) browser.executeScript("return window.innerWidth;")).longValue();
        assertThat(scrollWidth).as(page + " is wider than the window; what sticks out:\n" + browser.executeScript(OVERFLOWING))
                .isLessThanOrEqualTo(innerWidth);
    }

    private static void logIn(ChromeDriver browser, String username, String path) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=logout]")));
    }
}
