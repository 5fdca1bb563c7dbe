package se.inkopsstod.e2e;

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
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * A vendor in the browser: sees the published requirements, receives an answer to another
 * vendor's question live (without who asked), and fills in and submits its tender.
 */
@InkopsstodIntegrationTest
class VendorTenderE2E {

    @RegisterExtension
    final BrowserExtension chromium = new BrowserExtension();

    @Test
    void aVendorSeesAnswersLiveAndSubmitsItsTender() {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        ApiSession edulab = ApiSession.login("edulab-2");
        ApiSession skolsys = ApiSession.login("skolsys-1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = "Data ska kunna exporteras i öppet format " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(buyer.post(base + "/requirements", """
                {"text":"%s","kind":"MANDATORY","category":"EXIT_AND_PORTABILITY"}""".formatted(requirement)).statusCode())
                .isEqualTo(201);
        inviteEveryVendorAndPublish(buyer, base, 20);

        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + "/upphandlingar");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("skolsys-1");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=vendor-procurements]")));
        Axe.check(browser, "the vendor's procurements");
        browser.findElement(By.xpath("//a[@href='/upphandlingar/" + procurement + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=published-requirement]"), requirement));
        browser.executeScript("window.__notReloaded = true;");

        // another vendor asks; the buyer answers and publishes: it appears here without reload, anonymously
        String question = ApiSession.parse(edulab.post("/api/vendor/procurements/" + procurement + "/questions",
                "{\"text\":\"Vilka format räknas som öppna?\"}").body()).get("id").asString();
        assertThat(buyer.write("PATCH", base + "/questions/" + question,
                "{\"baseVersion\":1,\"changes\":{\"answer\":\"CSV, JSON och XML.\"}}", "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.post(base + "/questions/" + question + "/publish", "").statusCode()).isEqualTo(200);
        WebElement answered = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='vendor-question'][contains(., 'CSV, JSON och XML.')]")));
        assertThat(answered.getText()).doesNotContain("Edulab").doesNotContain("Er fråga");
        assertThat(browser.executeScript("return window.__notReloaded === true;")).isEqualTo(true);
        Axe.check(browser, "the vendor's procurement with an answer");

        WebElement tender = browser.findElement(By.cssSelector("[data-testid=vendor-tender]"));
        tender.findElement(By.xpath(".//label[normalize-space()='Uppfyller']")).click();
        WebElement price = browser.findElement(By.id(tender.findElement(By.xpath(".//label[normalize-space()='Pris (kr)']"))
                .getAttribute("for")));
        price.sendKeys("250000");
        tender.findElement(By.xpath(".//button[normalize-space()='Lämna in anbudet']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=tender-status]"), "Inlämnat"));
        assertThat(buyer.json(base + "/tenders").get("tenders").size()).as("sealed for the buyer").isZero();

        // a change saved after submitting waits to be submitted; the submitted tender stands meanwhile
        tender = browser.findElement(By.cssSelector("[data-testid=vendor-tender]"));
        price = browser.findElement(By.id(tender.findElement(By.xpath(".//label[normalize-space()='Pris (kr)']")).getAttribute("for")));
        price.clear();
        price.sendKeys("240000");
        tender.findElement(By.xpath(".//button[normalize-space()='Spara ändringar']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=tender-changed]")));
        Axe.check(browser, "the vendor's changed tender");
        assertThat(browser.findElement(By.cssSelector("[data-testid=tender-status]")).getText()).contains("Inlämnat");
        // the form is drawn anew for the saved tender: look it up again
        assertThat(browser.findElement(By.xpath("//*[@data-testid='vendor-tender']//button[normalize-space()='Lämna in ändringarna']"))
                .isDisplayed()).isTrue();
        JsonNode own = skolsys.json("/api/vendor/procurements/" + procurement + "/tender");
        assertThat(own.get("changedSinceSubmission").asBoolean()).isTrue();
        assertThat(own.get("priceSek").asLong()).isEqualTo(240000);
    }
}
