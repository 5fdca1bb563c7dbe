package se.inkopsstod.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.inkopsstod.testing.Axe;
import se.inkopsstod.testing.BrowserExtension;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lesson's whole way in the browser: a buyer writes it and sees what anonymisation removes,
 * association staff approve it, and a user of another huvudman finds it, without the names.
 */
@InkopsstodIntegrationTest
class LessonSharingE2E {

    @RegisterExtension
    final BrowserExtension chromium = new BrowserExtension();

    private ChromeDriver browser;
    private WebDriverWait wait;

    @Test
    void aBuyersLessonIsApprovedByStaffAndFoundByAnotherTenant() {
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // an unknown capitalised word is a name to the anonymiser, rightly: the marker is lower case, letters only,
        // inside the sentence
        String marker = "referensgrupp" + UUID.randomUUID().toString().substring(0, 6)
                .chars().map(c -> Character.isDigit(c) ? 'g' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

        logIn("alvstad-buyer2", "/erfarenheter");
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=lesson-form]")));
        field(form, "Vad fungerade?").sendKeys("En " + marker + " med lärare ledd av Sara Nyström gav bättre krav. Ring 070-123 45 67.");
        new Select(field(form, "Kategori")).selectByValue("NEEDS_AND_INVOLVEMENT");
        new Select(field(form, "Fas i upphandlingen")).selectByValue("NEEDS_ANALYSIS");
        Axe.check(browser, "Erfarenheter with the lesson form");
        form.findElement(By.xpath(".//button[normalize-space()='Förhandsgranska anonymiseringen']")).click();
        WebElement preview = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=anonymised-preview]")));
        assertThat(preview.findElements(By.cssSelector("mark"))).hasSize(2);
        Axe.check(browser, "the anonymised preview");
        assertThat(preview.findElements(By.cssSelector("mark")).get(0).getAttribute("title")).contains("Sara Nyström");
        // the preview keeps the buyer's own text; the buyer chooses to go on from the anonymised one
        assertThat(field(form, "Vad fungerade?").getAttribute("value")).contains("Sara Nyström", "070-123 45 67");
        form.findElement(By.xpath(".//button[normalize-space()='Använd den anonymiserade texten']")).click();
        assertThat(field(form, "Vad fungerade?").getAttribute("value")).contains("[namn]", "[telefon]")
                .doesNotContain("Nyström", "070-123");
        form.findElement(By.xpath(".//button[normalize-space()='Skicka för granskning']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=own-lessons]"), "Väntar på granskning"));
        logOut();

        logIn("staff", "/erfarenheter");
        WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='review-item'][.//textarea[contains(., '" + marker + "')]]")));
        assertThat(item.getText()).doesNotContain("Älvstad");
        Axe.check(browser, "the staff's review queue");
        item.findElement(By.xpath(".//button[normalize-space()='Godkänn och publicera']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//*[@data-testid='review-item'][.//textarea[contains(., '" + marker + "')]]")));
        logOut();

        logIn("fjallby-user1", "/erfarenheter");
        WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=published-lessons] input[type=search]")));
        WebElement found = null;
        for (int attempt = 0; attempt < 20 && found == null; attempt++) {
            search.clear();
            search.sendKeys(marker);
            try {
                found = new WebDriverWait(browser, Duration.ofSeconds(1)).until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//*[@data-testid='published-lesson'][contains(., '" + marker + "')]")));
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // the approval travels through Kafka; search again
            }
        }
        assertThat(found).as("the approved lesson reaches the other tenant").isNotNull();
        assertThat(found.getText()).contains("[namn]").doesNotContain("Nyström", "Älvstad");
        Axe.check(browser, "the published lessons, searched");
    }

    private void logIn(String username, String path) {
        browser.get(DevStackInitializer.appBaseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=logout]")));
    }

    private void logOut() {
        browser.findElement(By.cssSelector("[data-testid=logout]")).click();
        wait.until(ExpectedConditions.urlContains(DevStackInitializer.issuer()));
    }

    private WebElement field(WebElement scope, String label) {
        return browser.findElement(By.id(scope.findElement(By.xpath(".//label[normalize-space()='" + label + "']")).getAttribute("for")));
    }
}
