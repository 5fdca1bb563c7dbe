package se.inkopsstod.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * A vendor opens its procurement after the tender deadline (by the server's clock, not the
 * browser's): the question form has become the day questions closed, and the tender it submitted
 * is shown read-only, without anything to save or submit that the server would refuse.
 */
@InkopsstodIntegrationTest
class VendorAfterDeadlineE2E {

    @RegisterExtension
    final BrowserExtension chromium = new BrowserExtension();

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void afterTheDeadlineAVendorFindsNothingToAskOrSubmit() {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        ApiSession vendor = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyer.post(base + "/requirements", """
                {"text":"Elevdata lagras inom EU/EES.","kind":"MANDATORY","category":"SECURITY_AND_PRIVACY"}""").body())
                .get("id").asString();
        inviteEveryVendorAndPublish(buyer, base, 20);
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(vendor.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS","explanation":"Drift i Stockholm."}],"priceSek":412000}"""
                .formatted(requirement)).statusCode()).isEqualTo(200);
        assertThat(vendor.post(tender + "/submit", "").statusCode()).isEqualTo(200);

        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + "/upphandlingar/" + procurement);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("skolsys-1");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // before the deadline both are offered
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[normalize-space()='Skicka frågan']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[normalize-space()='Lämna in ändringarna']")));
        Axe.check(browser, "the vendor's procurement before the deadline");

        TestClock.advance(Duration.ofDays(21));
        browser.navigate().refresh();
        WebElement passed = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=deadline-passed]")));
        assertThat(passed.getText()).contains("Sista dag för anbud har passerat");
        Axe.check(browser, "the vendor's procurement after the deadline");
        assertThat(browser.findElement(By.cssSelector("[data-testid=questions-closed]")).getText())
                .contains("Sista dag för frågor var", "Det går inte längre att ställa frågor");
        WebElement ownTender = browser.findElement(By.cssSelector("[data-testid=vendor-tender]"));
        assertThat(ownTender.findElement(By.cssSelector("[data-testid=tender-status]")).getText()).startsWith("Inlämnat");
        assertThat(ownTender.findElement(By.cssSelector("[data-testid=tender-read-only]")).getText())
                .contains("Elevdata lagras inom EU/EES.", "Uppfyller", "Drift i Stockholm.", "412");
        assertThat(browser.findElements(By.xpath("//*[normalize-space()='Ställ en fråga']"))).as("no question form").isEmpty();
        assertThat(browser.findElements(By.xpath("//button[contains(., 'Lämna in')]"))).as("nothing to submit").isEmpty();
        assertThat(browser.findElements(By.xpath("//button[contains(., 'Spara')]"))).as("nothing to save").isEmpty();
    }
}
