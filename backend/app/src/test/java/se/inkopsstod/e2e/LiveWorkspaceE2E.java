package se.inkopsstod.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.Axe;
import se.inkopsstod.testing.BrowserExtension;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * Two people in two browsers: one edits a need, the other sees it change without reloading; and a
 * person taken off the team sees the procurement go from their open page.
 */
@InkopsstodIntegrationTest
class LiveWorkspaceE2E {

    @RegisterExtension
    final BrowserExtension userBrowser = new BrowserExtension();
    @RegisterExtension
    final BrowserExtension buyerBrowser = new BrowserExtension();

    @Test
    void anEditInOneBrowserAppearsInTheOtherWithoutReload() {
        ApiSession buyerApi = ApiSession.login("alvstad-buyer1");
        ApiSession userApi = ApiSession.login("alvstad-user1");
        String procurement = procurementWithTeam(buyerApi, userApi);
        String original = "Frånvaro ska gå att rapportera i mobilen " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(userApi.post("/api/procurements/" + procurement + "/needs", """
                {"statement":"%s","perspective":"teacher","schoolProcess":"attendance","priority":"HIGH",
                 "benefit":{"description":"Snabbare rapportering"}}""".formatted(original)).statusCode()).isEqualTo(201);

        ChromeDriver user = userBrowser.driver();
        ChromeDriver buyer = buyerBrowser.driver();
        openWorkspace(user, "alvstad-user1", procurement, original);
        openWorkspace(buyer, "alvstad-buyer1", procurement, original);
        user.executeScript("window.__notReloaded = true;");
        Axe.check(buyer, "the needs tab");

        String edited = "Frånvaro rapporteras i mobilen med ett klick " + UUID.randomUUID().toString().substring(0, 6);
        WebElement card = buyer.findElement(By.xpath("//*[@data-testid='need-card'][contains(., '" + original + "')]"));
        card.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Ändra')]")).click();
        WebElement label = new WebDriverWait(buyer, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(.)='Behov']")));
        WebElement statement = buyer.findElement(By.id(label.getAttribute("for")));
        statement.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        statement.sendKeys(edited);
        Axe.check(buyer, "the need editor");
        buyer.findElement(By.xpath("//button[normalize-space()='Spara ändringarna']")).click();

        new WebDriverWait(user, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='need-card'][contains(., '" + edited + "')]")));
        assertThat(user.executeScript("return window.__notReloaded === true;")).isEqualTo(true);
    }

    @Test
    void aPersonTakenOffTheTeamSeesTheProcurementGoWithoutReload() {
        ApiSession buyerApi = ApiSession.login("alvstad-buyer2");
        ApiSession userApi = ApiSession.login("alvstad-user2");
        String procurement = procurementWithTeam(buyerApi, userApi);
        String need = "Schemat ska synas för vårdnadshavare " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(userApi.post("/api/procurements/" + procurement + "/needs", """
                {"statement":"%s","perspective":"teacher","schoolProcess":"attendance","priority":"HIGH"}""".formatted(need))
                .statusCode()).isEqualTo(201);

        ChromeDriver user = userBrowser.driver();
        openWorkspace(user, "alvstad-user2", procurement, need);
        user.executeScript("window.__notReloaded = true;");

        // the buyer takes the user off the team: the open page loses the procurement within seconds
        assertThat(buyerApi.put("/api/procurements/" + procurement + "/team",
                "{\"memberIds\":[\"" + buyerApi.json("/api/me").get("id").asString() + "\"]}").statusCode()).isEqualTo(200);
        new WebDriverWait(user, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(., 'Det du letar efter finns inte')]")));
        Axe.check(user, "the not-found page");
        assertThat(user.findElements(By.xpath("//*[@data-testid='need-card'][contains(., '" + need + "')]"))).isEmpty();
        assertThat(user.executeScript("return window.__notReloaded === true;")).isEqualTo(true);
    }

    private static void openWorkspace(ChromeDriver browser, String username, String procurement, String needText) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + "/upphandlingar/" + procurement);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='need-card'][contains(., '" + needText + "')]")));
    }
}
