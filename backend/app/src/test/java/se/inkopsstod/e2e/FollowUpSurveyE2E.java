package se.inkopsstod.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.inkopsstod.outcomes.OutcomesApi;
import se.inkopsstod.outcomes.OutcomesApi.Implemented;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.Axe;
import se.inkopsstod.testing.BrowserExtension;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher on the team finds the open survey from the Uppföljning page, without a link sent to
 * them: the list names it with "Svara på enkäten", the click leads to the survey, and once they have
 * answered there the list says "Ändra ditt svar".
 */
@InkopsstodIntegrationTest
class FollowUpSurveyE2E {

    @RegisterExtension
    final BrowserExtension chromium = new BrowserExtension();

    @Test
    void aTeacherFindsTheOpenSurveyUnderUppfoljningAndAnswersIt() {
        ApiSession buyer = ApiSession.login("alvstad-buyer1");
        ApiSession teacher = ApiSession.login("alvstad-user1");
        String title = OutcomesApi.uniqueTitle();
        Implemented procurement = OutcomesApi.implementedProcurement(buyer, title);
        OutcomesApi.team(buyer, procurement.procurementId(), teacher);
        assertThat(buyer.post(procurement.followUp(), "{}").statusCode()).isEqualTo(201);

        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("alvstad-user1");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Uppföljning"))).click();

        WebElement line = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='followable-procurement'][contains(., '" + title + "')]")));
        Axe.check(browser, "Uppföljning");
        line.findElement(By.linkText("Svara på enkäten")).click();
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=survey-form]")));
        assertThat(browser.getCurrentUrl()).contains("/uppfoljning/" + procurement.procurementId());
        assertThat(form.getText()).contains("Ditt svar", "Skicka svaret");
        Axe.check(browser, "the follow-up page with the survey");

        for (WebElement question : form.findElements(By.cssSelector("fieldset"))) {
            question.findElement(By.xpath(".//label[normalize-space()='4']")).click();
        }
        form.findElement(By.xpath(".//button[normalize-space()='Skicka svaret']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=survey-form]"), "Ändra ditt svar"));
        Axe.check(browser, "the follow-up page after answering");
        assertThat(teacher.json(procurement.followUp()).get("survey").get("mine").get("ratings").get("EASE_OF_USE").asInt()).isEqualTo(4);

        browser.findElement(By.linkText("Uppföljning")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
                "//*[@data-testid='followable-procurement'][contains(., '" + title + "')]//*[@data-testid='survey-link']"),
                "Ändra ditt svar"));
    }
}
