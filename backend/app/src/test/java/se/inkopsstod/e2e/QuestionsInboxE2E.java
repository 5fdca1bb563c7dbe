package se.inkopsstod.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.BrowserExtension;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * "Frågor & svar" is the buyer's inbox: a vendor's question waits there with its procurement and
 * the day it must be answered, and one click leads to the question in the procurement's questions tab.
 */
@InkopsstodIntegrationTest
class QuestionsInboxE2E {

    @RegisterExtension
    final BrowserExtension chromium = new BrowserExtension();

    @Test
    void theBuyerFindsAnUnansweredQuestionInTheInboxAndOpensIt() {
        ApiSession buyer = ApiSession.login("larande-buyer1");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        assertThat(buyer.post(base + "/requirements", """
                {"text":"Frånvaro kan anmälas i app.","kind":"MANDATORY","category":"FUNCTION"}""").statusCode()).isEqualTo(201);
        inviteEveryVendorAndPublish(buyer, base, 20);
        String text = "Gäller kravet även vårdnadshavare? " + UUID.randomUUID().toString().substring(0, 8);
        var asked = ApiSession.login("edulab-1").post("/api/vendor/procurements/" + procurement + "/questions",
                "{\"text\":\"" + text + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String question = ApiSession.parse(asked.body()).get("id").asString();

        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + "/fragor");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("larande-buyer1");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
        WebElement row = link.findElement(By.xpath("ancestor::tr"));
        assertThat(row.getText()).contains("Arbetsyta ").containsPattern("\\d");
        assertThat(browser.findElements(By.cssSelector("[data-testid=qa-procurements]"))).as("not a list of procurements").isEmpty();
        link.click();

        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fraga-" + question)));
        assertThat(card.getText()).contains(text);
        assertThat(browser.getCurrentUrl()).contains("/upphandlingar/" + procurement, "flik=fragor");
    }
}
