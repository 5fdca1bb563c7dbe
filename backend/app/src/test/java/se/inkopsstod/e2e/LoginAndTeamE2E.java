package se.inkopsstod.e2e;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.inkopsstod.testing.Axe;
import se.inkopsstod.testing.BrowserExtension;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A person logs in through the real login page in headless Chromium and works with the app. */
@InkopsstodIntegrationTest
class LoginAndTeamE2E {

    @RegisterExtension
    final BrowserExtension chromium = new BrowserExtension();

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void buyerLogsInAndSeesTheLandingPageThenLogsOut() {
        logIn("fjallby-buyer1");

        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText()).contains("Lena Åberg");
        assertThat(browser.findElement(By.cssSelector("[data-testid=current-organisation]")).getText()).contains("Fjällby kommun");
        assertThat(browser.findElement(By.cssSelector("[data-testid=current-roles]")).getText()).contains("Inköpare");
        assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Upphandlingar");
        Axe.check(browser, "the start page");

        browser.findElement(By.cssSelector("[data-testid=logout]")).click();
        wait.until(ExpectedConditions.urlContains(DevStackInitializer.issuer()));
        browser.get(DevStackInitializer.appBaseUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).as("after log-out the app asks for a login again").startsWith(DevStackInitializer.issuer());
    }

    @Test
    void tenantAdminAddsAMemberAndChangesTheirRoleInTheUi() {
        logIn("larande-admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        browser.findElement(By.linkText("Team")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[normalize-space(.)='Namn']")));
        Axe.check(browser, "Team");

        String name = "Selma Test " + UUID.randomUUID().toString().substring(0, 8);
        String email = "selma-" + UUID.randomUUID().toString().substring(0, 8) + "@larande.example";
        field("Namn").sendKeys(name);
        field("E-post").sendKeys(email);
        WebElement userRole = field("Användare");
        if (!userRole.isSelected()) {
            userRole.click();
        }
        browser.findElement(By.xpath("//button[normalize-space()='Lägg till']")).click();

        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td[contains(., '" + email + "')]]")));
        assertThat(row.getText()).contains(name);

        row.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Ändra roller')]")).click();
        WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.roles-editor")));
        Axe.check(browser, "Team with the roles editor open");
        editor.findElement(By.xpath(".//label[contains(., 'Inköpare')]")).click();
        editor.findElement(By.xpath(".//button[normalize-space()='Spara roller']")).click();
        wait.until(d -> d.findElement(By.xpath("//tr[td[contains(., '" + email + "')]]")).getText().contains("Inköpare"));

        browser.navigate().refresh();
        WebElement reloaded = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td[contains(., '" + email + "')]]")));
        assertThat(reloaded.getText()).contains("Inköpare");
    }

    /** The input a visible label names, as a screen reader would find it. */
    private WebElement field(String label) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(.)='" + label + "']")));
        String target = element.getAttribute("for");
        return target != null && !target.isEmpty() ? browser.findElement(By.id(target)) : element.findElement(By.tagName("input"));
    }

    private void logIn(String username) {
        browser.get(DevStackInitializer.appBaseUrl() + "/");
        WebDriver page = browser;
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        Axe.check(browser, "the login page");
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys("demo");
        page.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains(DevStackInitializer.appBaseUrl()));
    }
}
