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
import se.inkopsstod.testing.InBrowser;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * A mention and a published answer reach the people they concern while they have the app open:
 * the bell counts them without a reload, the notifications page names them and leads to the
 * procurement, and the same news is in their e-mail (the embedded SMTP server's inbox, opened in
 * the browser).
 */
@InkopsstodIntegrationTest
class NotificationsE2E {

    @RegisterExtension
    final BrowserExtension chromium = new BrowserExtension();

    @Test
    void aTeacherIsToldOfAMentionInTheAppAndByEmail() {
        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        ApiSession teacher = ApiSession.login("fjallby-user2");
        String procurement = procurementWithTeam(buyer, teacher);
        String title = buyer.json("/api/procurements/" + procurement).get("title").asString();
        String need = ApiSession.parse(buyer.post("/api/procurements/" + procurement + "/needs", """
                {"statement":"Lärare ska se frånvaro direkt.","perspective":"teacher","schoolProcess":"assessment","priority":"HIGH"}""")
                .body()).get("id").asString();
        String buyerName = buyer.json("/api/me").get("name").asString();

        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        InBrowser.logIn(browser, "/", "fjallby-user2");
        WebElement bell = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=notification-bell]")));
        wait.until(d -> bell.getAttribute("aria-label").startsWith("Aviseringar"));
        String before = bell.getAttribute("aria-label");

        assertThat(buyer.post("/api/procurements/" + procurement + "/comments", """
                {"itemId":"%s","text":"Kan du kolla frånvaron?","mentions":["%s"]}"""
                .formatted(need, teacher.json("/api/me").get("id").asString())).statusCode()).isEqualTo(201);

        wait.until(d -> !bell.getAttribute("aria-label").equals(before));
        assertThat(bell.getAttribute("aria-label")).as("the bell counts without a reload").matches("Aviseringar, \\d+ oläst(a)?");
        bell.click();

        String sentence = buyerName + " nämnde dig i en kommentar i " + title;
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[@data-testid='notification'][.//h3[normalize-space()='" + sentence + "']]")));
        assertThat(item.getText()).contains("Oläst");
        chromium.axe("notifications page");
        item.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.urlContains("/upphandlingar/" + procurement));

        String mailbox = DevStackInitializer.stack().embeddedMail().orElseThrow().viewerUrl();
        String email = teacher.json("/api/me").get("email").asString();
        openMail(browser, wait, mailbox + "/?to=" + email, sentence);
        WebElement body = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("pre")));
        assertThat(body.getText()).contains(sentence).contains("/upphandlingar/" + procurement)
                .as("the comment itself stays in the app").doesNotContain("Kan du kolla");
    }

    @Test
    void aVendorIsToldOfAPublishedAnswerInTheAppAndByEmail() {
        ApiSession buyer = ApiSession.login("larande-buyer2");
        ApiSession vendor = ApiSession.login("skolsys-2");
        String procurement = procurementWithTeam(buyer);
        String base = "/api/procurements/" + procurement;
        assertThat(buyer.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        assertThat(buyer.post(base + "/requirements", """
                {"text":"Frånvaro kan anmälas i app.","kind":"MANDATORY","category":"FUNCTION"}""").statusCode()).isEqualTo(201);
        inviteEveryVendorAndPublish(buyer, base, 20);
        String title = buyer.json(base).get("title").asString();
        var asked = ApiSession.login("edulab-1").post("/api/vendor/procurements/" + procurement + "/questions",
                "{\"text\":\"Gäller kravet även vårdnadshavare?\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String question = base + "/questions/" + ApiSession.parse(asked.body()).get("id").asString();

        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        InBrowser.logIn(browser, "/aviseringar", "skolsys-2");
        WebElement bell = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=notification-bell]")));
        wait.until(d -> bell.getAttribute("aria-label").startsWith("Aviseringar"));

        assertThat(buyer.write("PATCH", question, "{\"baseVersion\":1,\"changes\":{\"answer\":\"Ja, även vårdnadshavare.\"}}",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(buyer.post(question + "/publish", "").statusCode()).isEqualTo(200);

        String sentence = "Nytt svar publicerat i " + title;
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//li[@data-testid='notification'][.//h3[normalize-space()='" + sentence + "']]")));
        item.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Markera som läst')]")).click();
        wait.until(d -> !item.getText().contains("Oläst"));

        String mailbox = DevStackInitializer.stack().embeddedMail().orElseThrow().viewerUrl();
        openMail(browser, wait, mailbox + "/?to=" + vendor.json("/api/me").get("email").asString(), sentence);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("pre"))).getText())
                .contains(sentence).doesNotContain("vårdnadshavare");
    }

    /** The development inbox is a plain page: reloaded until the mail (sent from the outbox within seconds) is listed, then opened. */
    private static void openMail(ChromeDriver browser, WebDriverWait wait, String inbox, String subject) {
        browser.get(inbox);
        wait.until(d -> {
            if (d.findElements(By.partialLinkText(subject)).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        browser.findElement(By.partialLinkText(subject)).click();
    }
}
